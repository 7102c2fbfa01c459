// Progressive enhancement of the media library's upload form: images dropped on the form
// are put in its file field and sent; files over the size limit are caught before sending.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.upload');
    if (!form) {
      return;
    }
    var input = form.querySelector('input[type=file]');
    var zone = form.querySelector('.drop-zone');
    var error = form.querySelector('.field-error');
    var button = form.querySelector('button[type=submit]');
    var maxBytes = Number(form.dataset.maxBytes || 0);

    function tooLarge(files) {
      for (var i = 0; i < files.length; i++) {
        if (maxBytes > 0 && files[i].size > maxBytes) {
          return files[i];
        }
      }
      return null;
    }

    function check(event) {
      var big = tooLarge(input.files);
      if (big) {
        event.preventDefault();
        error.textContent = (form.dataset.tooLarge || '').replace('{name}', big.name);
        error.hidden = false;
        return false;
      }
      error.hidden = true;
      if (button && form.dataset.sending) {
        button.disabled = true;
        button.textContent = form.dataset.sending;
      }
      return true;
    }

    form.addEventListener('submit', check);
    input.addEventListener('change', function () {
      error.hidden = true;
    });
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add('dragging');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () {
        zone.classList.remove('dragging');
      });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      if (!event.dataTransfer || !event.dataTransfer.files.length) {
        return;
      }
      input.files = event.dataTransfer.files;
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit();
      } else if (check({ preventDefault: function () {} })) {
        form.submit();
      }
    });
  });
})();
