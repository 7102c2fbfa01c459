// The article form's cover field: shows the chosen image, lets the editor choose one from
// the media library by sight in a dialog, or take it away. Without JavaScript the field
// still takes an image's number. No inline scripts (CSP).
(function () {
  'use strict';

  var SEARCH_DELAY_MS = 250;

  function setUpCoverField(field, dialog) {
    var input = field.querySelector('input');
    var preview = field.querySelector('[data-testid="cover-preview"]');
    var previewImage = preview.querySelector('img');
    var caption = preview.querySelector('figcaption');
    var choose = field.querySelector('[data-cover-choose]');
    var remove = field.querySelector('[data-cover-remove]');
    var search = dialog.querySelector('[data-cover-search]');
    var grid = dialog.querySelector('[data-cover-grid]');
    var status = dialog.querySelector('[data-cover-status]');
    var pending = null;
    var asked = 0;

    function showRemove() {
      remove.hidden = input.value.trim() === '';
    }

    // the preview shows the image only while the field still holds its number
    function showPreview(image) {
      if (image) {
        previewImage.src = image.thumbnail;
        previewImage.width = image.width;
        previewImage.height = image.height;
        caption.textContent = '#' + image.id + ' ' + image.name;
        preview.dataset.coverId = String(image.id);
      }
      preview.hidden = !preview.dataset.coverId || preview.dataset.coverId !== input.value.trim();
      showRemove();
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
      button.dataset.coverOption = String(image.id);
      var picture = document.createElement('img');
      picture.src = image.thumbnail;
      picture.width = image.width;
      picture.height = image.height;
      picture.alt = '';
      picture.loading = 'lazy';
      var label = document.createElement('span');
      label.textContent = '#' + image.id + ' ' + image.name;
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
      fetch(field.dataset.coverList + '?q=' + encodeURIComponent(text), {
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
    showRemove();
    choose.addEventListener('click', function () {
      search.value = '';
      dialog.showModal();
      load('');
      search.focus();
    });
    remove.addEventListener('click', function () {
      set(null);
      choose.focus();
    });
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
    dialog.querySelector('[data-cover-close]').addEventListener('click', function () {
      dialog.close();
      choose.focus();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var field = document.querySelector('[data-cover-field]');
    var dialog = document.querySelector('[data-cover-dialog]');
    if (field && dialog && typeof dialog.showModal === 'function' && window.fetch) {
      setUpCoverField(field, dialog);
    }
  });
})();
