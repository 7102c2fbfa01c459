package com.newscenter.media.admin;

/**
 * The media library on the embedded H2 database.
 */
class MediaLibraryH2Tests extends MediaLibraryTests {

}
