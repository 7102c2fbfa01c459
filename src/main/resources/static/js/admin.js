// Every back-office page. Signing out removes the copies of unsaved article text this browser
// keeps (see editor.js), so the next person at a shared computer does not find them. And every
// form asks first whether its user is still signed in: sent after the sign-in ended (30 idle
// minutes, signed out in another tab, a restart), a form would lead to the sign-in page and
// lose what was entered; instead it stays on the page with a notice until the user has signed
// in again in another tab.
(function () {
  'use strict';

  var checkUrl = document.body.dataset.sessionCheck;
  var notice = document.querySelector('[data-testid="session-lost"]');

  // Resolves with whether a form can be sent now, taking the CSRF token the answer gives
  // (signing in again in another tab makes a new one).
  function checkSession() {
    if (!checkUrl) {
      return Promise.resolve(true);
    }
    return fetch(checkUrl, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      document.querySelectorAll('input[name="' + answer.csrfParameter + '"]').forEach(function (field) {
        field.value = answer.csrfToken;
      });
      if (notice) {
        notice.hidden = true;
      }
      return true;
    }).catch(function () {
      if (notice) {
        notice.hidden = false;
        notice.scrollIntoView({ block: 'center' });
      }
      return false;
    });
  }

  function resubmit(form, submitter) {
    if (form.requestSubmit) {
      form.requestSubmit(submitter);
    } else {
      form.submit();
    }
  }

  window.NewsCenterAdmin = { checkSession: checkSession, resubmit: resubmit };

  // Ahead of every other listener (capture, on the document): a form's own scripts and
  // confirmations run once the check has let it through. The article editor checks itself,
  // as it also keeps a copy of the text.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!checkUrl || form.method !== 'post' || form.hasAttribute('data-sign-out')
        || form.hasAttribute('data-unsaved-warning')) {
      return;
    }
    if (form.dataset.sessionChecked) {
      delete form.dataset.sessionChecked;
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (form.dataset.sessionChecking) {
      return;
    }
    form.dataset.sessionChecking = 'true';
    var submitter = event.submitter;
    checkSession().then(function (signedIn) {
      delete form.dataset.sessionChecking;
      if (signedIn) {
        form.dataset.sessionChecked = 'true';
        resubmit(form, submitter);
      }
    });
  }, true);

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
})();
