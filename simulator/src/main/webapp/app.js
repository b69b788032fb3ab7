'use strict';
// Simple client of the simulator's REST API (/epuap-sim/api). No framework, no build.
(function () {
  const api = new URL('api/', document.baseURI).toString();
  const $ = (id) => document.getElementById(id);

  function say(el, text, error) {
    el.textContent = text;
    el.classList.toggle('error', !!error);
  }

  async function call(method, path, body, contentType) {
    const opts = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      opts.body = body;
      if (contentType) { opts.headers['Content-Type'] = contentType; }
    }
    const res = await fetch(api + path, opts);
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!res.ok) {
      throw new Error((data && data.blad) ? data.blad : ('Błąd HTTP ' + res.status));
    }
    return data;
  }

  function inboxPath() {
    const p = $('podmiot').value.trim();
    const n = $('nazwa').value.trim();
    if (!p || !n) { throw new Error('Podaj podmiot i nazwę skrytki.'); }
    return 'inboxes/' + encodeURIComponent(p) + '/' + encodeURIComponent(n);
  }

  async function stan(prefix) {
    const out = $('wynik-wrzuc');
    try {
      const s = await call('GET', inboxPath());
      say(out, (prefix ? prefix + '\n' : '') + 'Skrytka ' + s.adres + ': oczekuje ' + s.waiting +
        ', potwierdzonych ' + s.confirmed + ', razem ' + s.total + '.');
    } catch (e) { say(out, e.message, true); }
  }

  $('form-wrzuc').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const out = $('wynik-wrzuc');
    const btn = $('btn-wrzuc');
    btn.disabled = true;
    try {
      const file = $('raw').files[0];
      let r;
      if (file) {
        say(out, 'Wysyłam plik ' + file.name + '…');
        r = await call('POST', inboxPath() + '/raw?fileName=' + encodeURIComponent(file.name),
          await file.arrayBuffer(), file.type || 'application/octet-stream');
      } else {
        const q = new URLSearchParams();
        ['kind', 'count', 'attachments', 'attachmentKb', 'title', 'sender'].forEach((k) => q.set(k, $(k).value));
        say(out, 'Generuję ' + $('count').value + ' dokument(ów)… (10 000 podpisanych trwa kilka minut)');
        r = await call('POST', inboxPath() + '/documents?' + q.toString());
      }
      await stan('Dodano ' + r.ids.length + ' dokument(ów), numery ' + r.ids[0] +
        (r.ids.length > 1 ? '–' + r.ids[r.ids.length - 1] : '') + '.');
    } catch (e) {
      say(out, e.message, true);
    } finally {
      btn.disabled = false;
    }
  });

  $('btn-stan').addEventListener('click', () => { stan(); });

  $('btn-oproznij').addEventListener('click', async () => {
    const out = $('wynik-wrzuc');
    try {
      const path = inboxPath();
      if (!window.confirm('Usunąć wszystkie dokumenty ze skrytki /' + $('podmiot').value.trim() + '/' + $('nazwa').value.trim() + '?')) { return; }
      const r = await call('DELETE', path);
      say(out, 'Usunięto ' + r.deleted + ' dokument(ów) ze skrytki ' + r.adres + '.');
    } catch (e) { say(out, e.message, true); }
  });

  function cell(tr, text, code) {
    const td = document.createElement('td');
    if (code) {
      const c = document.createElement('code');
      c.textContent = text || '';
      td.appendChild(c);
    } else {
      td.textContent = text || '';
    }
    tr.appendChild(td);
    return td;
  }

  function when(t) {
    return t ? new Date(t).toLocaleString('pl-PL') : '';
  }

  async function lista() {
    const out = $('wynik-nadane');
    const body = document.querySelector('#nadane tbody');
    try {
      const q = new URLSearchParams({ limit: $('limit').value });
      if ($('channel').value) { q.set('channel', $('channel').value); }
      const rows = await call('GET', 'sent?' + q.toString());
      body.textContent = '';
      rows.forEach((d) => {
        const tr = document.createElement('tr');
        cell(tr, String(d.id));
        cell(tr, d.channel);
        cell(tr, d.adresSkrytki, true);
        const f = cell(tr, '');
        const a = document.createElement('a');
        a.href = api + 'sent/' + d.id + '/content';
        a.textContent = (d.nazwaPliku || 'dokument') + ' (' + d.rozmiar + ' B)';
        f.appendChild(a);
        cell(tr, 'dokument ' + d.identyfikatorDokumentu + (d.identyfikatorUpp ? ', UPP ' + d.identyfikatorUpp : '') +
          (d.identyfikatorZlecenia ? ', zlecenie ' + d.identyfikatorZlecenia : ''));
        cell(tr, when(d.receivedAt));
        cell(tr, d.pickedUpAt ? when(d.pickedUpAt) + ' (UPD nr ' + d.updMessageId + ')' : 'nie');
        const act = cell(tr, '');
        if (d.channel === 'dorecz' && !d.pickedUpAt) {
          const b = document.createElement('button');
          b.type = 'button';
          b.textContent = 'Odbierz (adresat)';
          b.setAttribute('aria-label', 'Odbierz dokument nr ' + d.id + ' jako adresat i wystaw UPD');
          b.addEventListener('click', async () => {
            try {
              const r = await call('POST', 'sent/' + d.id + '/pick-up');
              await lista();
              say(out, 'Adresat odebrał dokument nr ' + d.id + '; UPD ' + r.nazwaPliku + ' trafiło do skrytki ' + r.adresOdpowiedzi + '.');
            } catch (e) { say(out, e.message, true); }
          });
          act.appendChild(b);
        }
        body.appendChild(tr);
      });
      say(out, rows.length ? 'Wyświetlono ' + rows.length + ' dokument(ów).' : 'System nie nadał jeszcze żadnego dokumentu.');
    } catch (e) { say(out, e.message, true); }
  }

  $('form-nadane').addEventListener('submit', (ev) => { ev.preventDefault(); lista(); });
  lista();

  const STAN_PZ = { PENDING: 'oczekuje na podpis', SIGNED: 'podpisany', CANCELLED: 'anulowany' };

  async function listaPz() {
    const out = $('wynik-pz');
    const body = document.querySelector('#pz tbody');
    try {
      const rows = await call('GET', 'pz/signings?' + new URLSearchParams({ limit: $('pz-limit').value }).toString());
      body.textContent = '';
      rows.forEach((d) => {
        const tr = document.createElement('tr');
        const idCell = cell(tr, '');
        if (d.status === 'PENDING') {
          const a = document.createElement('a');
          a.href = new URL('pz/podpis/' + encodeURIComponent(d.id), document.baseURI).toString();
          a.textContent = d.id;
          a.setAttribute('aria-label', 'Strona podpisu dokumentu ' + d.id);
          idCell.appendChild(a);
        } else {
          const c = document.createElement('code');
          c.textContent = d.id;
          idCell.appendChild(c);
        }
        cell(tr, d.service);
        cell(tr, (STAN_PZ[d.status] || d.status) + (d.format ? ' (' + d.format + ')' : ''));
        cell(tr, d.additionalInfo);
        cell(tr, when(d.created));
        cell(tr, d.signedAt ? when(d.signedAt) : (d.cancelledAt ? 'anulowano ' + when(d.cancelledAt) : ''));
        body.appendChild(tr);
      });
      say(out, rows.length ? 'Wyświetlono ' + rows.length + ' dokument(ów) do podpisu.' : 'Nie przekazano jeszcze żadnego dokumentu do podpisu.');
    } catch (e) { say(out, e.message, true); }
  }

  $('form-pz').addEventListener('submit', (ev) => { ev.preventDefault(); listaPz(); });
  listaPz();
}());
