package com.newscenter.system.web;

import java.util.List;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Wires the web layer: languages from the URL, uploaded media served from the data
 * directory, upload limits from the site's settings.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final List<String> ASSET_FOLDERS = List.of("css", "js", "images");

	static final DataSize FORM_OVERHEAD = DataSize.ofKilobytes(64);

	private final NewsCenterProperties properties;

	private final WebProperties web;

	WebConfiguration(NewsCenterProperties properties, WebProperties web) {
		this.properties = properties;
		this.web = web;
	}

	/**
	 * Applies the larger of {@code newscenter.media.max-upload-size} and
	 * {@code newscenter.migration.max-import-size} to multipart requests, with room for
	 * the other form fields, so that a file over the limit is refused with a 413 before
	 * it is read; {@link UploadLimitFilter} holds every upload but an import to the media
	 * limit.
	 * @return the multipart settings
	 */
	@Bean
	MultipartConfigElement multipartConfigElement() {
		DataSize media = this.properties.media().maxUploadSize();
		DataSize imports = this.properties.migration().maxImportSize();
		DataSize limit = (imports.compareTo(media) > 0) ? imports : media;
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(limit);
		factory.setMaxRequestSize(DataSize.ofBytes(limit.toBytes() + FORM_OVERHEAD.toBytes()));
		return factory.createMultipartConfig();
	}

	/**
	 * Spring's multipart resolver, but for an upload the {@link UploadLimitFilter} turned
	 * away: its error page must not read the body the filter refused to.
	 * @return the resolver
	 */
	@Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	StandardServletMultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver() {

			@Override
			public boolean isMultipart(HttpServletRequest request) {
				return !UploadLimitFilter.refused(request) && super.isMultipart(request);
			}

		};
	}

	@Bean
	LocaleResolver localeResolver() {
		return new PathLocaleResolver(this.properties.languages());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageChange = new LocaleChangeInterceptor();
		languageChange.setParamName("lang");
		languageChange.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageChange).addPathPatterns("/admin", "/admin/**");
	}

	/**
	 * Serves the site's own assets and the WebJars under their own paths only (Boot's
	 * catch-all {@code /**} mapping is off): with it, every link a page renders was
	 * looked up on the class path to see whether it is an asset, and a miss is never
	 * cached.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl assets = this.web.getResources().getCache().getCachecontrol().toHttpCacheControl();
		for (String folder : ASSET_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(assets)
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(assets)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/media/**")
			.addResourceLocations(MediaService.mediaFolder(this.properties).toUri().toString() + "/")
			.setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable());
	}

}
