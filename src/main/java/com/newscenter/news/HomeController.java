package com.newscenter.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.banner.Carousel;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.site.Languages;
import com.newscenter.site.LayoutFactory;
import com.newscenter.system.web.MovedPages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The home page of each language: banner carousel, latest news, latest per category.
 */
@Controller
class HomeController {

	static final String HOME_VIEW = "news/home";

	private static final int LATEST = 6;

	private static final int PER_CATEGORY = 4;

	private final ArticleService articles;

	private final CategoryService categories;

	private final BannerService banners;

	private final MediaService media;

	private final NewsViews views;

	private final Languages languages;

	private final LayoutFactory layouts;

	private final PageMetas metas;

	private final List<MovedPages> movedPages;

	HomeController(ArticleService articles, CategoryService categories, BannerService banners, MediaService media,
			NewsViews views, Languages languages, LayoutFactory layouts, PageMetas metas, List<MovedPages> movedPages) {
		this.movedPages = movedPages;
		this.articles = articles;
		this.categories = categories;
		this.banners = banners;
		this.media = media;
		this.views = views;
		this.languages = languages;
		this.layouts = layouts;
		this.metas = metas;
	}

	/**
	 * Sends to the default language's home, or, for a link of a site this one replaced
	 * (WordPress's {@code /?p=12}), to the page that replaced it.
	 */
	@GetMapping("/")
	View root(HttpServletRequest request) {
		Optional<String> location = (request.getQueryString() != null) ? MovedPages.locate(this.movedPages, request)
				: Optional.empty();
		if (location.isPresent()) {
			RedirectView permanent = new RedirectView(location.get(), true);
			permanent.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			permanent.setExposeModelAttributes(false);
			return permanent;
		}
		return new RedirectView("/" + this.languages.defaultLanguage() + "/", true);
	}

	@GetMapping("/{lang:[a-z]{2}(?:-[A-Za-z]{2,4})?}")
	String languageRoot(@PathVariable String lang) {
		this.languages.require(lang);
		return "redirect:/" + lang + "/";
	}

	@GetMapping("/{lang}/")
	String home(@PathVariable String lang, Model model, HttpServletRequest request) {
		this.languages.require(lang);
		Carousel carousel = this.banners.carousel(lang);
		if (carousel.changesAt() != null) {
			// a slide starts or stops showing then, on the second
			PageCacheFilter.keepUntil(request, carousel.changesAt());
		}
		model.addAttribute("layout", this.layouts.samePath(lang, "/"));
		model.addAttribute("meta", this.metas.home(lang));
		model.addAttribute("slides", slides(carousel.banners()));
		model.addAttribute("latest", this.views.cards(this.articles.published(lang, null, 1, LATEST).items(), lang));
		List<CategoryNews> sections = new ArrayList<>();
		for (Category category : this.categories.findAll()) {
			List<ArticleSummary> latest = this.articles.published(lang, category, 1, PER_CATEGORY).items();
			if (!latest.isEmpty()) {
				CategoryLink link = new CategoryLink(category.slug(), category.name(lang),
						"/" + lang + "/news?category=" + category.slug(), false);
				sections.add(new CategoryNews(link, this.views.cards(latest, lang)));
			}
		}
		model.addAttribute("sections", sections);
		return HOME_VIEW;
	}

	private List<BannerSlide> slides(List<Banner> showing) {
		Map<Long, Media> images = new HashMap<>();
		this.media.findAllById(showing.stream().map(Banner::imageMediaId).toList())
			.forEach((image) -> images.put(image.id(), image));
		List<BannerSlide> slides = new ArrayList<>();
		for (Banner banner : showing) {
			Media image = images.get(banner.imageMediaId());
			if (image != null) {
				slides.add(new BannerSlide(String.format("%02d", slides.size() + 1), banner.title(), banner.link(),
						ImageView.of(image, banner.title())));
			}
		}
		return slides;
	}

}
