/*
 * The parent's list of preferences on portal/recruitment/application.xhtml, built in the browser: "Dodaj" moves the
 * class chosen in the menu to the end of the list, the arrows move a class up or down, the cross puts it back into the
 * menu (at its place in the offer). Nothing goes to the server until the form is sent: the order is kept in the hidden
 * field applicationForm:preferences (class ids, comma-separated), which the server checks when the draft is saved or
 * submitted. The warning about a short list and the count follow the list; the menu hides when the list is full.
 * (Before: one AJAX request rebuilding the whole form on the server per click, docs/benchmarks.md section 11.)
 */
(function () {
  function byId(id) {
    return document.getElementById(id);
  }
  function box() {
    return byId('applicationForm:preferenceList');
  }
  function items() {
    return Array.prototype.slice.call(byId('chosen').children);
  }
  function button(li, move, icon, text, label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'preference-' + li.getAttribute('data-id') + ':' + move;
    b.setAttribute('data-move', move);
    b.title = text;
    b.setAttribute('aria-label', text + ': ' + label);
    b.className = 'ui-button ui-widget ui-state-default ui-corner-all ui-button-icon-only';
    var i = document.createElement('span');
    i.className = 'ui-button-icon-left ui-icon ui-c pi ' + icon;
    var t = document.createElement('span');
    t.className = 'ui-button-text ui-c';
    t.textContent = 'ui-button';
    b.appendChild(i);
    b.appendChild(t);
    return b;
  }
  /* the hidden field, the first/last arrows, the warning and its count, the menu hidden when the list is full */
  function refresh() {
    var list = items(), max = parseInt(box().getAttribute('data-max'), 10) || 0;
    byId('applicationForm:preferences').value = list.map(function (li) { return li.getAttribute('data-id'); }).join(',');
    list.forEach(function (li, i) {
      var up = li.querySelector('[data-move=up]'), down = li.querySelector('[data-move=down]');
      up.disabled = i === 0;
      down.disabled = i === list.length - 1;
      up.classList.toggle('ui-state-disabled', up.disabled);
      down.classList.toggle('ui-state-disabled', down.disabled);
    });
    var warning = byId('shortListWarning');
    warning.textContent = (list.length === 0 ? warning.getAttribute('data-none') : warning.getAttribute('data-short'))
        + ' (' + list.length + ' / ' + max + ')';
    byId('shortListBox').style.display = list.length < max ? '' : 'none';
    byId('addPanel').style.display = list.length < max ? '' : 'none';
  }
  function add() {
    var menu = byId('applicationForm:classToAdd'), option = menu.options[menu.selectedIndex], max = parseInt(box().getAttribute('data-max'), 10) || 0;
    if (!option || !option.value || items().length >= max) {
      return;
    }
    var li = document.createElement('li'), text = option.getAttribute('data-label');
    li.setAttribute('data-id', option.value);
    li.setAttribute('data-option', option.textContent);
    li.setAttribute('data-pos', option.getAttribute('data-pos'));
    var span = document.createElement('span');
    span.className = 'eg-preference-label';
    span.textContent = text;
    li.appendChild(span);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(button(li, 'up', 'pi-arrow-up', box().getAttribute('data-up'), text));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(button(li, 'down', 'pi-arrow-down', box().getAttribute('data-down'), text));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(button(li, 'remove', 'pi-times', box().getAttribute('data-remove'), text));
    byId('chosen').appendChild(li);
    menu.remove(menu.selectedIndex);
    menu.selectedIndex = 0;
    refresh();
    if (byId('addPanel').style.display === 'none') {
      li.querySelector('[data-move=remove]').focus();
    }
  }
  /* a class removed from the list goes back into the menu at its place in the offer */
  function putBack(li) {
    var menu = byId('applicationForm:classToAdd'), pos = parseInt(li.getAttribute('data-pos'), 10), option = document.createElement('option');
    option.value = li.getAttribute('data-id');
    option.textContent = li.getAttribute('data-option');
    option.setAttribute('data-pos', String(pos));
    option.setAttribute('data-label', li.querySelector('.eg-preference-label').textContent);
    var before = Array.prototype.slice.call(menu.options).filter(function (o) {
      return o.value && parseInt(o.getAttribute('data-pos'), 10) > pos;
    })[0];
    menu.insertBefore(option, before || null);
  }
  function move(b) {
    var li = b.closest('li'), list = byId('chosen'), what = b.getAttribute('data-move');
    if (what === 'up' && li.previousElementSibling) {
      list.insertBefore(li, li.previousElementSibling);
    } else if (what === 'down' && li.nextElementSibling) {
      list.insertBefore(li.nextElementSibling, li);
    } else if (what === 'remove') {
      var next = li.nextElementSibling || li.previousElementSibling;
      putBack(li);
      list.removeChild(li);
      refresh();
      (next ? next.querySelector('[data-move=remove]') : byId('applicationForm:classToAdd')).focus();
      return;
    }
    refresh();
    var same = li.querySelector('[data-move=' + what + ']');
    (same.disabled ? li.querySelector('[data-move=' + (what === 'up' ? 'down' : 'up') + ']') : same).focus();
  }
  document.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target.closest('button') : null;
    if (!target || !box() || !box().contains(target)) {
      return;
    }
    if (target.id === 'applicationForm:addPreference') {
      add();
    } else if (target.hasAttribute('data-move')) {
      move(target);
    }
  });
  function start() {
    if (box()) {
      refresh();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
