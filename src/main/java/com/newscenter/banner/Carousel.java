package com.newscenter.banner;

import java.time.Instant;
import java.util.List;

/**
 * The banners a language's carousel shows at one moment, and the next moment a show
 * window opens or closes, so that a page kept with them is kept no longer than that.
 *
 * @param banners the banners showing, in carousel order
 * @param changesAt when one of the language's banners next starts or stops showing, or
 * {@code null} when none ever will
 */
public record Carousel(List<Banner> banners, Instant changesAt) {

}
