// The article editor: TinyMCE on the body (served from the WebJar), a warning before leaving
// with unsaved changes, a check that the user is still signed in before saving, and
// confirmation of destructive buttons. No inline scripts (CSP).
(function () {
  'use strict';

  function setUpRichText() {
    var area = document.querySelector('textarea.rich-text');
    if (!area || typeof tinymce === 'undefined') {
      return;
    }
    tinymce.init({
      target: area,
      license_key: 'gpl',
      promotion: false,
      branding: false,
      menubar: false,
      height: 480,
      // the back office's language; the Chinese pack comes from the npm registry at build
      language: document.documentElement.lang === 'zh' ? 'zh_CN' : 'en',
      language_url: document.documentElement.lang === 'zh' ? area.dataset.chineseUi : undefined,
      plugins: 'lists link image table code autoresize',
      toolbar: 'undo redo | blocks | bold italic | bullist numlist blockquote | link image table | code',
      image_list: area.dataset.imageList,
      image_caption: true,
      convert_urls: false,
      // pasted or dropped pictures go to the media library at once; the body keeps their
      // /media/ URL, never a data: URL (which the server's sanitiser would drop)
      paste_data_images: true,
      automatic_uploads: true,
      images_upload_handler: uploadImage(area.dataset.imageUpload, function () {
        return csrfToken(area.form);
      }),
      setup: function (editor) {
        editor.on('input change undo redo', function () {
          editor.save();
          markDirty();
          // the form's own listeners (the copy kept in this browser) hear the body too
          area.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
    });
  }

  function csrfToken(form) {
    var field = form && form.querySelector('input[name="_csrf"]');
    return field ? field.value : '';
  }

  // TinyMCE's upload handler: resolves with the stored image's URL, or rejects with the
  // server's reason (the picture is then taken out of the text). The token is read at
  // each upload: a session check may have replaced it.
  function uploadImage(url, token) {
    return function (blobInfo) {
      var data = new FormData();
      data.append('file', blobInfo.blob(), blobInfo.filename());
      return fetch(url, {
        method: 'POST',
        body: data,
        credentials: 'same-origin',
        headers: { 'X-CSRF-TOKEN': token() }
      }).then(function (response) {
        return response.json().catch(function () {
          return {};
        }).then(function (answer) {
          if (response.ok && answer.location) {
            return answer.location;
          }
          throw { message: answer.error || ('HTTP ' + response.status), remove: true };
        });
      });
    };
  }

  var dirty = false;
  function markDirty() {
    dirty = true;
  }

  // Keeps a copy of the unsaved text in this browser, so a closed tab, a crash or a failed
  // save does not lose it; the next visit of the same form offers it back. The copy goes
  // once a save has gone through.
  var DRAFT_PREFIX = 'newscenter.draft.';
  var DRAFT_FIELDS = ['title', 'slug', 'summary', 'body', 'seoTitle', 'seoDescription'];

  function draftStore() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function setUpDraftCopy(form) {
    var store = draftStore();
    var notice = document.querySelector('[data-testid="draft-found"]');
    if (!store || !form.dataset.draftKey) {
      return { submitted: function () {} };
    }
    var key = DRAFT_PREFIX + form.dataset.draftKey;
    function values() {
      var read = {};
      DRAFT_FIELDS.forEach(function (name) {
        var field = form.elements[name];
        read[name] = field ? field.value : '';
      });
      return read;
    }
    function stored(name) {
      try {
        return JSON.parse(store.getItem(name) || 'null');
      } catch (e) {
        return null;
      }
    }
    if (document.querySelector('[data-testid="saved"]')) {
      // a save went through: the copies of forms sent since are no longer needed
      Object.keys(store).forEach(function (name) {
        var copy = name.indexOf(DRAFT_PREFIX) === 0 ? stored(name) : null;
        if (copy && copy.submitted) {
          store.removeItem(name);
        }
      });
    }
    var copy = stored(key);
    var current = values();
    if (copy && copy.values && DRAFT_FIELDS.some(function (name) {
      return (copy.values[name] || '') !== (current[name] || '');
    })) {
      if (notice) {
        notice.hidden = false;
        notice.querySelector('[data-draft-restore]').addEventListener('click', function () {
          DRAFT_FIELDS.forEach(function (name) {
            var field = form.elements[name];
            if (field) {
              field.value = copy.values[name] || '';
            }
          });
          var editor = (typeof tinymce !== 'undefined') ? tinymce.activeEditor : null;
          if (editor) {
            editor.setContent(copy.values.body || '');
            editor.save();
          }
          markDirty();
          notice.hidden = true;
        });
        notice.querySelector('[data-draft-discard]').addEventListener('click', function () {
          store.removeItem(key);
          notice.hidden = true;
        });
      }
    } else if (copy) {
      store.removeItem(key);
    }
    var timer = null;
    var kept = null;
    // writes only what changed since the last copy: a field losing focus (another tab
    // opened to sign out) must not bring back a copy the sign-out has just removed
    function keep() {
      timer = null;
      var current = values();
      var now = JSON.stringify(current);
      if (dirty && now !== kept) {
        try {
          store.setItem(key, JSON.stringify({ values: current, savedAt: Date.now() }));
          kept = now;
        } catch (e) {
          // storage full or refused: the other safeguards remain
        }
      }
    }
    function schedule() {
      if (timer === null) {
        timer = window.setTimeout(keep, 1000);
      }
    }
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    return {
      submitted: function () {
        if (timer !== null) {
          window.clearTimeout(timer);
          timer = null;
        }
        try {
          store.setItem(key, JSON.stringify({ values: values(), savedAt: Date.now(), submitted: true }));
        } catch (e) {
          // as above
        }
      }
    };
  }

  function setUpUnsavedWarning() {
    var form = document.querySelector('form[data-unsaved-warning]');
    if (!form) {
      return;
    }
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    // admin.js: whether the user is still signed in, before the text is sent
    var checkSession = window.NewsCenterAdmin.checkSession;
    var resubmit = window.NewsCenterAdmin.resubmit;
    var draft = setUpDraftCopy(form);
    var checked = false;
    // while text is unsaved, keep the sign-in alive and notice at once when it has ended
    window.setInterval(function () {
      if (dirty) {
        checkSession();
      }
    }, 5 * 60 * 1000);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible' && dirty) {
        checkSession();
      }
    });
    form.addEventListener('submit', function (event) {
      if (!checked) {
        // sent once the server says the user is signed in; otherwise the text stays here
        event.preventDefault();
        var sender = event.submitter;
        checkSession().then(function (signedIn) {
          if (signedIn) {
            checked = true;
            resubmit(form, sender);
          }
        });
        return;
      }
      var editor = (typeof tinymce !== 'undefined') ? tinymce.activeEditor : null;
      if (editor && !form.dataset.imagesUploaded
          && editor.getBody().querySelector('img[src^="blob:"], img[src^="data:"]')) {
        // a picture is still on its way to the media library: send the form once it is there
        event.preventDefault();
        var submitter = event.submitter;
        editor.uploadImages().then(function () {
          form.dataset.imagesUploaded = 'true';
          editor.save();
          resubmit(form, submitter);
        });
        return;
      }
      if (typeof tinymce !== 'undefined') {
        tinymce.triggerSave();
      }
      draft.submitted();
      dirty = false;
    });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = form.dataset.unsavedMessage || '';
        return event.returnValue;
      }
    });
  }

  function setUpConfirmations() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.dataset.confirmMessage || '?')) {
          event.preventDefault();
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpRichText();
    setUpUnsavedWarning();
    setUpConfirmations();
  });
})();
