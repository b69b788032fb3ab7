'use strict';
// The development SMTP sink's mails (/epuap-sim/api/mail). No framework, no build.
(function () {
  const api = new URL('api/', document.baseURI).toString();
  const $ = (id) => document.getElementById(id);

  function say(el, text, error) {
    el.textContent = text;
    el.classList.toggle('error', !!error);
  }

  async function call(method, path) {
    const res = await fetch(api + path, { method: method, headers: { 'Accept': 'application/json' } });
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!res.ok) {
      throw new Error((data && data.blad) ? data.blad : ('Błąd HTTP ' + res.status));
    }
    return data;
  }

  function cell(tr, text) {
    const td = document.createElement('td');
    td.textContent = text || '';
    tr.appendChild(td);
    return td;
  }

  function when(t) {
    return t ? new Date(t).toLocaleString('pl-PL') : '';
  }

  async function status() {
    const out = $('sink-status');
    try {
      const s = await call('GET', 'mail/status');
      if (s.running) {
        say(out, 'Serwer SMTP działa na ' + s.host + ':' + s.port + '; przechowuje ' + s.kept + ' wiadomość(i).');
      } else {
        say(out, 'Serwer SMTP nie działa: ' + (s.problem || 'nie uruchomiono') + '.', true);
      }
    } catch (e) { say(out, e.message, true); }
  }

  async function lista() {
    const out = $('wynik-poczta');
    const body = document.querySelector('#poczta tbody');
    try {
      const q = new URLSearchParams({ limit: $('mail-limit').value });
      if ($('to').value.trim()) { q.set('to', $('to').value.trim()); }
      const rows = await call('GET', 'mail?' + q.toString());
      body.textContent = '';
      rows.forEach((m) => {
        const tr = document.createElement('tr');
        const id = cell(tr, '');
        const a = document.createElement('a');
        a.href = api + 'mail/' + m.id + '/raw';
        a.textContent = String(m.id);
        a.setAttribute('aria-label', 'Pobierz wiadomość nr ' + m.id + ' w postaci źródłowej (.eml)');
        id.appendChild(a);
        cell(tr, when(m.receivedAt));
        cell(tr, (m.recipients || []).join(', '));
        cell(tr, m.subject || '(bez tematu)');
        const t = cell(tr, '');
        const pre = document.createElement('div');
        pre.className = 'pz-text';
        pre.textContent = m.text;
        t.appendChild(pre);
        body.appendChild(tr);
      });
      say(out, rows.length ? 'Wyświetlono ' + rows.length + ' wiadomość(i).' : 'Serwer SMTP nie odebrał jeszcze żadnej wiadomości.');
    } catch (e) { say(out, e.message, true); }
    status();
  }

  $('form-poczta').addEventListener('submit', (ev) => { ev.preventDefault(); lista(); });

  $('btn-usun').addEventListener('click', async () => {
    const out = $('wynik-poczta');
    if (!window.confirm('Usunąć wszystkie odebrane wiadomości?')) { return; }
    try {
      const r = await call('DELETE', 'mail');
      await lista();
      say(out, 'Usunięto ' + r.deleted + ' wiadomość(i).');
    } catch (e) { say(out, e.message, true); }
  });

  lista();
}());
