/*
 * EduGmina page helpers.
 * Formatted-text editors (p:textEditor, Quill): the editable area gets the role, name and multi-line state a screen
 * reader needs (WCAG 1.3.1, 4.1.2), taken from the label written for the editor; the outer box becomes a labelled group.
 * Editors appear late (deferred widgets, AJAX updates), so the page is watched for them.
 */
(function () {
  function labelAreas() {
    document.querySelectorAll('.ui-texteditor').forEach(function (box) {
      var area = box.querySelector('.ql-editor');
      if (!area || area.getAttribute('aria-labelledby')) {
        return;
      }
      var label = document.querySelector('label[for="' + box.id + '"]');
      if (!label) {
        return;
      }
      if (!label.id) {
        label.id = box.id + '_label';
      }
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', label.id);
      area.setAttribute('role', 'textbox');
      area.setAttribute('aria-multiline', 'true');
      area.setAttribute('aria-labelledby', label.id);
    });
  }
  /*
   * Tab leaves the editor like any other field (WCAG 2.1.1, 2.1.2): the key is stopped on its way down to Quill (which
   * would insert a tab or indent a list item), so the browser moves the focus; indentation stays on the toolbar.
   */
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && e.target.closest && e.target.closest('.ql-editor')) {
      e.stopPropagation();
    }
  }, true);
  function labelEditors() {
    labelAreas();
  }
  function start() {
    labelEditors();
    new MutationObserver(labelEditors).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
