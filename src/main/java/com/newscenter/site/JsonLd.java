package com.newscenter.site;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes JSON-LD data blocks that are safe inside a {@code <script>} element: no value,
 * such as a title holding {@code </script>}, can end the element or open a comment.
 */
@Component
public class JsonLd {

	private final JsonMapper json;

	JsonLd(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Returns a value as JSON ready to be placed, unescaped, in a {@code <script>}
	 * element.
	 * @param value maps, lists and plain values
	 * @return the JSON text
	 */
	public String script(Object value) {
		return escape(this.json.writeValueAsString(value));
	}

	/**
	 * Escapes {@code </} as {@code <\/} and {@code <!--} as {@code \u003c!--}; both stay
	 * the same JSON, since {@code <} and {@code /} occur only inside strings.
	 * @param json a JSON text
	 * @return the same JSON, safe in a {@code <script>} element
	 */
	static String escape(String json) {
		return json.replace("</", "<\\/").replace("<!--", "\\u003c!--");
	}

}
