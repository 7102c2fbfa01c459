// A form's media-number field (an article's cover, a banner's image): shows the image it
// holds, lets staff choose one from the media library by sight in a dialog, and, where
// the form offers it, take it away. Without JavaScript the field still takes an image's
// number. No inline scripts (CSP).
(function () {
  'use strict';

  var SEARCH_DELAY_MS = 250;

  // as the server writes it under a chosen image (fragments/image-picker.html)
  function caption(image) {
    return '#' + image.id + ' ' + image.name;
  }

  function setUpImageField(field, dialog) {
    var input = field.querySelector('[data-image-input]');
    var preview = field.querySelector('[data-image-preview]');
    var previewImage = preview.querySelector('img');
    var captionText = preview.querySelector('figcaption');
    var choose = field.querySelector('[data-image-choose]');
    var remove = field.querySelector('[data-image-remove]');
    var search = dialog.querySelector('[data-image-search]');
    var grid = dialog.querySelector('[data-image-grid]');
    var status = dialog.querySelector('[data-image-status]');
    var pending = null;
    var asked = 0;

    // the preview shows the image only while the field still holds its number
    function showPreview(image) {
      if (image) {
        previewImage.src = image.thumbnail;
        previewImage.width = image.width;
        previewImage.height = image.height;
        captionText.textContent = caption(image);
        preview.dataset.imageId = String(image.id);
      }
      preview.hidden = !preview.dataset.imageId || preview.dataset.imageId !== input.value.trim();
      if (remove) {
        remove.hidden = input.value.trim() === '';
      }
    }

    function set(image) {
      input.value = image ? String(image.id) : '';
      showPreview(image);
      // the form's listeners (unsaved-changes warning) hear the change
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function option(image) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.dataset.imageOption = String(image.id);
      var picture = document.createElement('img');
      picture.src = image.thumbnail;
      picture.width = image.width;
      picture.height = image.height;
      picture.alt = '';
      picture.loading = 'lazy';
      var label = document.createElement('span');
      label.textContent = caption(image);
      button.append(picture, label);
      button.addEventListener('click', function () {
        set(image);
        dialog.close();
        choose.focus();
      });
      item.append(button);
      return item;
    }

    // a slower answer to an older search never replaces a newer one
    function load(text) {
      var ask = ++asked;
      status.textContent = dialog.dataset.loading;
      fetch(dialog.dataset.imageList + '?q=' + encodeURIComponent(text), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }).then(function (images) {
        if (ask !== asked) {
          return;
        }
        grid.replaceChildren.apply(grid, images.map(option));
        status.textContent = images.length ? '' : dialog.dataset.none;
      }).catch(function () {
        if (ask === asked) {
          grid.replaceChildren();
          status.textContent = dialog.dataset.failed;
        }
      });
    }

    choose.hidden = false;
    showPreview(null);
    choose.addEventListener('click', function () {
      search.value = '';
      dialog.showModal();
      load('');
      search.focus();
    });
    if (remove) {
      remove.addEventListener('click', function () {
        set(null);
        choose.focus();
      });
    }
    input.addEventListener('input', function () {
      showPreview(null);
    });
    search.addEventListener('input', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        load(search.value.trim());
      }, SEARCH_DELAY_MS);
    });
    // Enter in the search box searches at once
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        window.clearTimeout(pending);
        load(search.value.trim());
      }
    });
    dialog.querySelector('[data-image-close]').addEventListener('click', function () {
      dialog.close();
      choose.focus();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var field = document.querySelector('[data-image-field]');
    var dialog = document.querySelector('[data-image-dialog]');
    if (field && dialog && typeof dialog.showModal === 'function' && window.fetch) {
      setUpImageField(field, dialog);
    }
  });
})();
