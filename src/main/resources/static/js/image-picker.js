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
    var more = dialog.querySelector('[data-image-more]');
    var pending = null;
    var asked = 0;
    var shown = { text: '', page: 1 };

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

    // a slower answer to an older search never replaces a newer one; a next page is
    // added to the images shown, a new search replaces them
    function load(text, page) {
      var ask = ++asked;
      status.textContent = dialog.dataset.loading;
      more.hidden = true;
      fetch(dialog.dataset.imageList + '?q=' + encodeURIComponent(text) + '&page=' + page, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }).then(function (choices) {
        if (ask !== asked) {
          return;
        }
        var options = choices.images.map(option);
        if (page > 1) {
          grid.append.apply(grid, options);
          // keyboard users go on from the first image the button brought
          if (options.length) {
            options[0].querySelector('button').focus();
          }
        } else {
          grid.replaceChildren.apply(grid, options);
        }
        shown = { text: text, page: page };
        more.hidden = !choices.more;
        status.textContent = grid.children.length ? '' : dialog.dataset.none;
      }).catch(function () {
        if (ask === asked) {
          if (page > 1) {
            // the images shown stay; the button tries again
            more.hidden = false;
          } else {
            grid.replaceChildren();
          }
          status.textContent = dialog.dataset.failed;
        }
      });
    }

    choose.hidden = false;
    showPreview(null);
    choose.addEventListener('click', function () {
      search.value = '';
      dialog.showModal();
      load('', 1);
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
        load(search.value.trim(), 1);
      }, SEARCH_DELAY_MS);
    });
    // Enter in the search box searches at once
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        window.clearTimeout(pending);
        load(search.value.trim(), 1);
      }
    });
    more.addEventListener('click', function () {
      load(shown.text, shown.page + 1);
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
