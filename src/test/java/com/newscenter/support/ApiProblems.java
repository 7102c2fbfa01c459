package com.newscenter.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Expectations for the RFC 9457 problem JSON every API error must be: the status, the
 * content type, a non-empty {@code detail} and no trace of the server's internals.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	/**
	 * Expects a problem answer with a status.
	 * @param status the expected status
	 * @return the matcher
	 */
	public static ResultMatcher problem(HttpStatus status) {
		return all(status().is(status.value()), content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
				jsonPath("$.status").value(status.value()), jsonPath("$.detail").isNotEmpty(),
				content().string(not(containsString("Exception"))), content().string(not(containsString("at com."))),
				content().string(not(containsString("at org."))));
	}

	/**
	 * Expects a 400 problem naming the request field at fault.
	 * @param field the field
	 * @return the matcher
	 */
	public static ResultMatcher badField(String field) {
		return all(problem(HttpStatus.BAD_REQUEST), jsonPath("$.field").value(field));
	}

	private static ResultMatcher all(ResultMatcher... matchers) {
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

}
