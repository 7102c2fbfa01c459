package com.newscenter.news.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The article editor's form as the browser sends it; kept as typed so nothing is lost
 * when it is shown again with errors.
 */
public class ArticleForm {

	private String language;

	private String title;

	private String summary;

	private String body;

	private List<String> categories = new ArrayList<>();

	/**
	 * In the form {@code <input type="datetime-local">} reads and sends (ISO-8601), not
	 * the locale's short style, which the browser would show as an empty field.
	 */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime publishAt;

	private Long coverImage;

	private String seoTitle;

	private String seoDescription;

	private Long translationOf;

	private String slug;

	static ArticleForm of(Article article, List<String> categorySlugs, ZoneId zone) {
		ArticleForm form = new ArticleForm();
		form.language = article.language();
		form.title = article.title();
		form.summary = article.summary();
		form.body = article.body();
		form.categories = new ArrayList<>(categorySlugs);
		form.publishAt = (article.publishedAt() != null)
				? LocalDateTime.ofInstant(article.publishedAt(), zone).withNano(0) : null;
		form.coverImage = article.coverMediaId();
		form.seoTitle = article.seoTitle();
		form.seoDescription = article.seoDescription();
		form.slug = article.slug();
		return form;
	}

	ArticleInput toInput(ArticleStatus status, ZoneId zone) {
		return new ArticleInput(this.language, this.title, (this.body != null) ? this.body : "",
				(this.summary != null) ? this.summary : "", this.categories, status,
				(this.publishAt != null) ? this.publishAt.atZone(zone).toInstant() : null, this.translationOf,
				(this.coverImage != null) ? this.coverImage : ArticleInput.NO_COVER,
				(this.seoTitle != null) ? this.seoTitle : "", (this.seoDescription != null) ? this.seoDescription : "",
				this.slug);
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<String> getCategories() {
		return this.categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = (categories != null) ? categories : new ArrayList<>();
	}

	public LocalDateTime getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(LocalDateTime publishAt) {
		this.publishAt = publishAt;
	}

	public Long getCoverImage() {
		return this.coverImage;
	}

	public void setCoverImage(Long coverImage) {
		this.coverImage = coverImage;
	}

	public String getSeoTitle() {
		return this.seoTitle;
	}

	public void setSeoTitle(String seoTitle) {
		this.seoTitle = seoTitle;
	}

	public String getSeoDescription() {
		return this.seoDescription;
	}

	public void setSeoDescription(String seoDescription) {
		this.seoDescription = seoDescription;
	}

	public Long getTranslationOf() {
		return this.translationOf;
	}

	public void setTranslationOf(Long translationOf) {
		this.translationOf = translationOf;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

}
