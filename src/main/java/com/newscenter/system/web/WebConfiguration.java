package com.newscenter.system.web;

import jakarta.servlet.MultipartConfigElement;

import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Wires the web layer: languages from the URL, uploaded media served from the data
 * directory, upload limits from the site's settings.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final DataSize FORM_OVERHEAD = DataSize.ofKilobytes(64);

	private final NewsCenterProperties properties;

	WebConfiguration(NewsCenterProperties properties) {
		this.properties = properties;
	}

	/**
	 * Applies {@code newscenter.media.max-upload-size} to multipart requests, with room
	 * for the other form fields, so that a file over the limit is refused with a 413
	 * before it is read.
	 * @return the multipart settings
	 */
	@Bean
	MultipartConfigElement multipartConfigElement() {
		DataSize limit = this.properties.media().maxUploadSize();
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(limit);
		factory.setMaxRequestSize(DataSize.ofBytes(limit.toBytes() + FORM_OVERHEAD.toBytes()));
		return factory.createMultipartConfig();
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

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/media/**")
			.addResourceLocations(MediaService.mediaFolder(this.properties).toUri().toString() + "/")
			.setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable());
	}

}
