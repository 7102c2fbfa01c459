// Every back-office page: signing out removes the copies of unsaved article text this
// browser keeps (see editor.js), so the next person at a shared computer does not find them.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-sign-out]').forEach(function (form) {
      form.addEventListener('submit', function () {
        try {
          Object.keys(window.localStorage).forEach(function (name) {
            if (name.indexOf('newscenter.draft.') === 0) {
              window.localStorage.removeItem(name);
            }
          });
        } catch (e) {
          // no storage here: nothing was kept
        }
      });
    });
  });
})();
