// One day's attendance list on a trainer's phone, usable in a room without a connection. Marks are kept on the phone
// (localStorage) until the server has them; each carries the stamp of the value the phone showed, so a mark the
// coordinator changed meanwhile comes back as a conflict for the trainer to settle instead of being overwritten.
(function () {
  const list = document.getElementById('day-list');
  if (!list) return;
  const texts = JSON.parse(document.getElementById('day-texts').textContent);
  const token = list.querySelector('input[name="__RequestVerificationToken"]').value;
  const storeKey = 'attendance:' + list.dataset.user + ':' + list.dataset.day;
  const status = document.getElementById('sync-status');
  const rows = new Map([...list.querySelectorAll('[data-participant]')].map(row => [row.dataset.participant, row]));
  const number = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 2 });
  let problem = '';
  let sending = false;

  const state = load();

  // The phone's copy, brought up to date with what the page was served with where that is newer (a higher stamp).
  function load() {
    let saved = null;
    try { saved = JSON.parse(localStorage.getItem(storeKey)); } catch (e) { saved = null; }
    const s = Object.assign({ known: {}, queue: {}, conflicts: {} }, saved || {});
    rows.forEach((row, id) => {
      const served = {
        mark: row.dataset.mark || null,
        hours: row.dataset.hours ? Number(row.dataset.hours) : null,
        version: Number(row.dataset.version),
        by: row.dataset.by || null,
      };
      if (!s.known[id] || s.known[id].version <= served.version) s.known[id] = served;
    });
    return s;
  }

  function save() { localStorage.setItem(storeKey, JSON.stringify(state)); }

  function format(text, ...values) { return values.reduce((t, v, i) => t.replace('{' + i + '}', v), text); }

  function label(value) {
    const name = texts.marks[value.mark] || '—';
    return value.mark === 'Partial' && value.hours != null ? name + ' (' + format(texts.hoursShort, number.format(value.hours)) + ')' : name;
  }

  function render(id) {
    const row = rows.get(id);
    const known = state.known[id];
    const queued = state.queue[id];
    const conflict = state.conflicts[id];
    const shown = queued || known;
    row.querySelectorAll('input[type=radio]').forEach(radio => { radio.checked = radio.value === shown.mark; });
    const hours = row.querySelector('input[type=number]');
    hours.closest('.hours').hidden = shown.mark !== 'Partial';
    if (shown.mark === 'Partial' && shown.hours != null && document.activeElement !== hours) hours.value = shown.hours;
    row.querySelector('[data-role=by]').textContent = known.by ? format(texts.markedBy, known.by) : '';
    row.querySelector('[data-role=pending]').hidden = !queued;
    const box = row.querySelector('[data-role=conflict]');
    box.replaceChildren();
    box.hidden = !conflict;
    if (conflict) {
      const line = document.createElement('p');
      line.className = 'mb-2';
      line.textContent = format(texts.conflict, conflict.theirs.by || '—', label(conflict.theirs), label(conflict.mine));
      const mine = button(format(texts.keepMine, label(conflict.mine)), 'btn-primary', () => {
        state.queue[id] = { mark: conflict.mine.mark, hours: conflict.mine.hours, seen: conflict.theirs.version };
        delete state.conflicts[id];
        changed(id);
      });
      const theirs = button(format(texts.keepTheirs, label(conflict.theirs)), 'btn-outline-secondary', () => {
        delete state.conflicts[id];
        changed(id);
      });
      const buttons = document.createElement('div');
      buttons.className = 'd-flex flex-wrap gap-2';
      buttons.append(mine, theirs);
      box.append(line, buttons);
    }
  }

  function button(text, style, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-sm ' + style;
    b.textContent = text;
    b.addEventListener('click', action);
    return b;
  }

  function showStatus() {
    const waiting = Object.keys(state.queue).length;
    const parts = [];
    if (problem) parts.push(problem);
    else if (!navigator.onLine) parts.push(texts.offline);
    parts.push(waiting > 0 ? format(texts.pending, waiting) : texts.allSent);
    if (list.dataset.offlineReady === 'true') parts.push(texts.offlineReady);
    status.textContent = parts.join(' ');
  }

  function changed(id) {
    save();
    render(id);
    showStatus();
    send();
  }

  function error(id, text) {
    const box = rows.get(id).querySelector('[data-role=error]');
    box.textContent = text || '';
    box.hidden = !text;
  }

  list.addEventListener('change', event => {
    const row = event.target.closest('[data-participant]');
    if (!row) return;
    const id = row.dataset.participant;
    const chosen = row.querySelector('input[type=radio]:checked');
    if (!chosen) return;
    const hoursInput = row.querySelector('input[type=number]');
    let hours = null;
    if (chosen.value === 'Partial') {
      hoursInput.closest('.hours').hidden = false;
      hours = hoursInput.value === '' ? null : Number(hoursInput.value);
      // A partial mark waits for its hours.
      if (hours === null || Number.isNaN(hours)) { if (event.target !== hoursInput) hoursInput.focus(); return; }
    }
    // A new choice settles a conflict: it is made knowing the other value.
    delete state.conflicts[id];
    error(id, '');
    state.queue[id] = { mark: chosen.value, hours: hours, seen: state.known[id].version };
    changed(id);
  });

  async function post(id, queued) {
    try {
      return await fetch(list.dataset.markUrl, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token },
        body: JSON.stringify({ participantId: Number(id), mark: queued.mark, hours: queued.hours, seen: queued.seen }),
      });
    } catch (e) {
      return null; // the connection dropped again: kept for the next try
    }
  }

  async function send() {
    if (sending) return;
    if (!navigator.onLine) { showStatus(); return; }
    sending = true;
    const tried = new Set();
    try {
      for (;;) {
        const id = Object.keys(state.queue).find(key => !tried.has(state.queue[key]));
        if (id === undefined) break;
        const queued = state.queue[id];
        tried.add(queued);
        const response = await post(id, queued);
        if (response === null) break;
        if (response.status !== 200 && response.status !== 409 && response.status !== 422) {
          // Signed out, or the page is too old to post from: nothing is lost, the marks wait on the phone.
          problem = texts.signIn;
          break;
        }
        problem = '';
        const body = await response.json();
        const again = state.queue[id] !== queued ? state.queue[id] : null;
        delete state.queue[id];
        if (response.status === 200) {
          state.known[id] = body;
          // Chosen again while this one was on its way: it follows the value just stored.
          if (again) state.queue[id] = Object.assign(again, { seen: body.version });
        } else if (response.status === 409) {
          state.known[id] = body;
          state.conflicts[id] = { mine: queued, theirs: body };
        } else {
          error(id, body.error);
        }
        save();
        render(id);
      }
    } finally {
      sending = false;
      showStatus();
    }
  }

  // Once opened, the list and what it needs are kept for opening again without a connection.
  function keepForOffline() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    const assets = [...document.querySelectorAll('link[rel=stylesheet][href], script[src]')].map(e => e.getAttribute('href') || e.getAttribute('src'));
    Promise.all([
      navigator.serviceWorker.register('/attendance-sw.js', { scope: '/sessions/' }).then(() => navigator.serviceWorker.ready),
      caches.open('attendance-v1').then(cache => cache.addAll([location.pathname].concat(assets))),
    ]).then(() => { list.dataset.offlineReady = 'true'; showStatus(); }, () => { });
  }

  rows.forEach((row, id) => render(id));
  showStatus();
  window.addEventListener('online', send);
  window.addEventListener('offline', showStatus);
  keepForOffline();
  send();
})();
