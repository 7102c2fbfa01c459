package com.newscenter.system.web;

import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Wires the web layer: languages from the URL, uploaded media served from the data
 * directory.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final NewsCenterProperties properties;

	WebConfiguration(NewsCenterProperties properties) {
		this.properties = properties;
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
