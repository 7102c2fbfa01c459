package com.newscenter.media.admin;

import com.newscenter.account.Actor;
import com.newscenter.banner.BannerService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.StaffArticles;
import com.newscenter.system.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the media library that reach beyond the media feature: where an image is
 * used, and who may delete it when.
 */
@Service
class MediaLibrary {

	private final MediaService media;

	private final StaffArticles articles;

	private final BannerService banners;

	private final ArticleEditor editor;

	MediaLibrary(MediaService media, StaffArticles articles, BannerService banners, ArticleEditor editor) {
		this.editor = editor;
		this.media = media;
		this.articles = articles;
		this.banners = banners;
	}

	Media find(long id) {
		return this.media.findById(id).orElseThrow(() -> new NotFoundException("media.notFound", id));
	}

	/**
	 * Tells where an image is used, as far as a user may see: an author is not shown
	 * other authors' unpublished articles.
	 * @param image the image
	 * @param actor who asks
	 * @return the articles and banners using it
	 */
	MediaUsage usage(Media image, Actor actor) {
		return new MediaUsage(this.articles.usingImage(image.id(), image.fileStem(), actor),
				this.banners.showingImage(image.id()));
	}

	/** Where an image is used, all of it: what deleting it would touch. */
	MediaUsage usage(Media image) {
		return usage(image, Actor.SYSTEM);
	}

	/**
	 * Deletes an image and the files of all its variants. An image in use goes only with
	 * an explicit confirmation; then the articles lose it as cover and the banners
	 * showing it are removed. Authors may not delete images, which other people's
	 * articles may use.
	 * @param id the image
	 * @param confirmed whether the user confirmed deleting an image in use
	 * @param actor the user
	 * @return the deleted image
	 * @throws MediaInUseException when it is in use and the delete is not confirmed
	 */
	@Transactional
	Media delete(long id, boolean confirmed, Actor actor) {
		if (!actor.isEditor()) {
			throw new AccessDeniedException("Only editors and administrators delete images");
		}
		Media image = find(id);
		MediaUsage usage = usage(image);
		if (usage.inUse() && !confirmed) {
			throw new MediaInUseException(id);
		}
		this.editor.removeCover(id, actor);
		this.banners.deleteShowingImage(id, actor);
		this.media.delete(image, actor);
		return image;
	}

}
