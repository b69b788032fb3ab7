/*
 * "Złóż do wydruku" on a new application (portal/recruitment/application.xhtml, rendered only for an application not
 * saved yet): the form goes to the service as one JSON request, POST api/portal/recruitment/submissions with the
 * page's token in X-CSRF-Token (ADR 0017), and the candidate's code and PIN are shown in the page. No JSF postback,
 * no page rebuilt on the server (docs/benchmarks.md §13).
 *
 * Whatever the service does not take (a missing or wrong field, a second application of the same child, an expired
 * session, no network, a file chosen to attach) is sent again as the form itself, exactly as without the script: the
 * server saves the draft and shows its messages next to the fields. So the script never shows an error of its own.
 */
(function () {
  'use strict';
  var form = document.getElementById('applicationForm');
  var button = document.getElementById('applicationForm:paper');
  if (!form || !button || !form.getAttribute('data-quick') || !window.fetch) {
    return;
  }
  var asForm = false;
  var sending = false;
  // tells the browser tests that this button may answer in the page instead of loading a new one
  button.setAttribute('data-script-submit', 'true');

  function value(id) {
    var e = document.getElementById('applicationForm:' + id);
    var v = e ? e.value.trim() : '';
    return v === '' ? undefined : v;
  }

  /** The form as the service reads it, or null when only the form can say what is wrong (a date it cannot read). */
  function application() {
    var birth = value('birthDate_input');
    var iso;
    if (birth !== undefined) {
      var m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(birth);
      if (!m) {
        return null;
      }
      iso = m[3] + '-' + m[2] + '-' + m[1];
    }
    var list = document.getElementById('applicationForm:preferences').value;
    var guardians = [{name: value('guardian1Name'), email: value('guardian1Email'), phone: value('guardian1Phone')}];
    var second = {name: value('guardian2Name'), email: value('guardian2Email'), phone: value('guardian2Phone')};
    if (second.name || second.email || second.phone) {
      guardians.push(second);
    }
    return {
      campaignId: Number(form.getAttribute('data-campaign')),
      child: {firstName: value('childFirstName'), lastName: value('childLastName'), birthDate: iso, pesel: value('pesel'),
        document: value('identityDocument')},
      address: {locality: value('locality'), street: value('street'), houseNumber: value('houseNumber'), flat: value('flat'),
        postalCode: value('postalCode')},
      guardians: guardians,
      preferences: list ? list.split(',').map(Number) : [],
      criteria: Array.prototype.map.call(form.querySelectorAll('input[name="applicationForm:criteria"]:checked'),
        function (c) { return c.value; })
    };
  }

  /** The form the classic way: the server saves the draft and names what is wrong. */
  function sendForm() {
    asForm = true;
    button.disabled = false;
    button.click();
  }

  function show(submitted) {
    var box = document.getElementById('quickSubmitted');
    document.getElementById('candidateCode').textContent = submitted.code;
    document.getElementById('candidatePin').textContent = submitted.pin;
    var link = document.getElementById('openApplication');
    link.setAttribute('href', link.getAttribute('href') + '?id=' + encodeURIComponent(submitted.id));
    var pdf = document.getElementById('quickPdf');
    pdf.setAttribute('href', pdf.getAttribute('href') + encodeURIComponent(submitted.id) + '/application.pdf');
    var status = document.getElementById('applicationStatus');
    if (status) {
      status.textContent = box.getAttribute('data-status');
    }
    form.parentNode.removeChild(form);
    box.hidden = false;
    document.getElementById('quickSubmittedTitle').focus();
    document.documentElement.removeAttribute('data-busy');
  }

  button.addEventListener('click', function (event) {
    if (asForm) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (sending) {
      return;
    }
    sending = true;
    // until the code is shown or the form has gone (the browser tests wait for one of them)
    document.documentElement.setAttribute('data-busy', 'true');
    var file = form.querySelector('input[type="file"]');
    var body = application();
    if (!body || (file && file.files && file.files.length > 0)) {
      sendForm();
      return;
    }
    button.disabled = true;
    fetch(form.getAttribute('data-quick'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': form.getAttribute('data-csrf')},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.status !== 201) {
        throw new Error(String(response.status));
      }
      return response.json();
    }).then(show, sendForm);
  }, true);
}());
