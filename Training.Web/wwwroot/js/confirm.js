// Forms marked data-confirm ask before they run (removing a line, a file): a destructive step needs a second thought.
document.addEventListener('submit', (event) => {
  const message = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) event.preventDefault();
});
