// A new session's form takes the defaults of the programme chosen (and of its last session): place, trainer, times,
// capacity, sectors and language. They are only starting values; every field stays the coordinator's to change.
(function () {
  const form = document.querySelector('form[data-defaults-url]');
  if (!form) return;
  const programme = form.querySelector('#ProgrammeId');
  programme.addEventListener('change', async () => {
    if (!programme.value) return;
    let response;
    try {
      response = await fetch(form.dataset.defaultsUrl + '?programme=' + encodeURIComponent(programme.value), { credentials: 'same-origin' });
    } catch (e) {
      return;
    }
    if (!response.ok) return;
    const defaults = await response.json();
    for (const [name, value] of Object.entries(defaults)) {
      if (name === 'TargetSectors') {
        form.querySelectorAll('input[name=TargetSectors]').forEach(box => { box.checked = value.includes(box.value); });
        continue;
      }
      const field = form.querySelector('#' + name);
      if (!field) continue;
      if (field.type === 'checkbox') field.checked = value === true;
      else field.value = value == null ? '' : String(value);
    }
    form.dataset.defaultsFor = programme.value;
  });
})();
