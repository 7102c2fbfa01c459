package com.newscenter.news.api;

import java.time.Instant;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.news.ArticleEditor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An article's revisions in the JSON API, for staff: list and restore.
 */
@RestController
@RequestMapping("/api/v1/articles/{id}/revisions")
class RevisionApiController {

	private final ArticleEditor editor;

	private final ArticleJsonAssembler json;

	RevisionApiController(ArticleEditor editor, ArticleJsonAssembler json) {
		this.editor = editor;
		this.json = json;
	}

	@GetMapping
	List<RevisionJson> list(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return this.editor.revisions(id, Actor.of(staff))
			.stream()
			.map((r) -> new RevisionJson(r.revision(), r.editedAt(), r.editor(), r.title()))
			.toList();
	}

	@PostMapping("/{revision}/restore")
	ArticleJson restore(@PathVariable long id, @PathVariable int revision,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return this.json.full(this.editor.restore(id, revision, Actor.of(staff)), true);
	}

	/**
	 * A revision as the API lists it.
	 *
	 * @param revision its number
	 * @param editedAt when it was saved
	 * @param editor who saved it
	 * @param title the headline it had
	 */
	record RevisionJson(int revision, Instant editedAt, String editor, String title) {
	}

}
