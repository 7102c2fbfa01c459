package com.newscenter.news;

import java.util.Map;

import com.newscenter.system.NewsCenterProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A write buffer too small to help or so large that open connections would eat the heap
 * stops the start with a message naming the property.
 */
class WriteBufferConfigurationTests {

	@Test
	void aWriteBufferOutsideItsRangeIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new WriteBufferConfiguration(properties("512B")))
			.withMessage("newscenter.page-cache.write-buffer must be between 1KB and 1MB, not 512 bytes");
		assertThatIllegalStateException().isThrownBy(() -> new WriteBufferConfiguration(properties("2MB")))
			.withMessage("newscenter.page-cache.write-buffer must be between 1KB and 1MB, not 2097152 bytes");
		assertThatNoException().isThrownBy(() -> new WriteBufferConfiguration(properties("64KB")));
	}

	private static NewsCenterProperties properties(String writeBuffer) {
		return new Binder(new MapConfigurationPropertySource(Map.of("newscenter.page-cache.write-buffer", writeBuffer)))
			.bindOrCreate("newscenter", NewsCenterProperties.class);
	}

}
