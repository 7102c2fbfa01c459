// The article editor: TinyMCE on the body (served from the WebJar), a warning before leaving
// with unsaved changes, and confirmation of destructive buttons. No inline scripts (CSP).
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
      language: document.documentElement.lang === 'zh' ? undefined : undefined,
      plugins: 'lists link image table code autoresize',
      toolbar: 'undo redo | blocks | bold italic | bullist numlist blockquote | link image table | code',
      image_list: area.dataset.imageList,
      image_caption: true,
      convert_urls: false,
      setup: function (editor) {
        editor.on('input change undo redo', function () {
          editor.save();
          markDirty();
        });
      }
    });
  }

  var dirty = false;
  function markDirty() {
    dirty = true;
  }

  function setUpUnsavedWarning() {
    var form = document.querySelector('form[data-unsaved-warning]');
    if (!form) {
      return;
    }
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    form.addEventListener('submit', function () {
      if (typeof tinymce !== 'undefined') {
        tinymce.triggerSave();
      }
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
