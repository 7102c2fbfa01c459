package com.newscenter.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Reads values out of API answers, for tests that go on with what the API returned.
 */
public final class ApiResults {

	private ApiResults() {
	}

	/**
	 * Returns the {@code id} of the JSON answer.
	 * @param result the answer
	 * @return the id
	 */
	public static long id(MvcResult result) {
		return ApiResults.<Number>read(result, "$.id").longValue();
	}

	/**
	 * Returns a value of the JSON answer.
	 * @param <T> the value's type
	 * @param result the answer
	 * @param path the JSON path of the value
	 * @return the value
	 */
	public static <T> T read(MvcResult result, String path) {
		try {
			return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
