package com.newscenter.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.newscenter.site.Languages;
import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells, for articles of the back-office list, which of the site's other languages lack a
 * version and which versions are older than their original (the article that started the
 * translation group).
 */
@Component
public class TranslationStates {

	private final JdbcClient jdbc;

	private final Languages languages;

	TranslationStates(JdbcClient jdbc, Languages languages) {
		this.jdbc = jdbc;
		this.languages = languages;
	}

	/**
	 * Returns the state of each article's versions in the site's other languages.
	 * @param articles the articles
	 * @return article id to one state per other language, in the site's order
	 */
	public Map<Long, List<TranslationState>> of(Collection<ArticleSummary> articles) {
		Map<Long, List<TranslationState>> states = new HashMap<>();
		if (articles.isEmpty()) {
			return states;
		}
		Map<Long, Map<String, Version>> groups = versions(
				articles.stream().map(ArticleSummary::translationGroup).distinct().toList());
		for (ArticleSummary article : articles) {
			Map<String, Version> group = groups.getOrDefault(article.translationGroup(), Map.of());
			Version self = group.get(article.language());
			Version original = group.values().stream().filter(Version::isOriginal).findFirst().orElse(null);
			List<TranslationState> row = new ArrayList<>();
			for (String language : this.languages.all()) {
				if (!language.equals(article.language())) {
					row.add(state(language, group.get(language), self, original));
				}
			}
			states.put(article.id(), row);
		}
		return states;
	}

	private static TranslationState state(String language, Version other, Version self, Version original) {
		if (other == null) {
			return new TranslationState(language, null, TranslationState.Status.MISSING);
		}
		boolean outdated;
		if (self != null && other.isOriginal()) {
			outdated = self.updatedAt().isBefore(other.updatedAt());
		}
		else {
			outdated = original != null && other.updatedAt().isBefore(original.updatedAt());
		}
		return new TranslationState(language, other.id(),
				outdated ? TranslationState.Status.OUTDATED : TranslationState.Status.CURRENT);
	}

	private Map<Long, Map<String, Version>> versions(List<Long> groups) {
		Map<Long, Map<String, Version>> versions = new HashMap<>();
		this.jdbc
			.sql("SELECT id, language, translation_group, updated_at FROM article"
					+ " WHERE translation_group IN (:groups) ORDER BY id")
			.param("groups", groups)
			.query((rs) -> {
				Version version = new Version(rs.getLong("id"), rs.getLong("translation_group"),
						SqlTimes.fromDb(rs, "updated_at"));
				versions.computeIfAbsent(version.group(), (k) -> new HashMap<>())
					.putIfAbsent(rs.getString("language"), version);
			});
		return versions;
	}

	/** One article of a translation group. */
	private record Version(long id, long group, Instant updatedAt) {

		boolean isOriginal() {
			return this.id == this.group;
		}

	}

}
