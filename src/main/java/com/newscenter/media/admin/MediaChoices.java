package com.newscenter.media.admin;

import java.util.List;

/**
 * One page of the images the image dialog offers, and whether "More images" finds more.
 *
 * @param images the images, newest first
 * @param more whether more images match after these
 */
record MediaChoices(List<MediaChoice> images, boolean more) {
}
