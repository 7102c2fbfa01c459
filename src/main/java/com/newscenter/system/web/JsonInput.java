package com.newscenter.system.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cleans every text value of the JSON the API reads of {@link ControlCharacters control
 * characters}, as {@link ControlCharacterFilter} cleans form fields.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JacksonModule controlCharacterFreeStrings() {
		return new SimpleModule("control-character-free-strings").addDeserializer(String.class,
				new CleanStringDeserializer());
	}

	/** Reads a string as Jackson does, then drops its control characters. */
	private static final class CleanStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return ControlCharacters.strip(super.deserialize(parser, context));
		}

	}

}
