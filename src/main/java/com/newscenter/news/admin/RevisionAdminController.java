package com.newscenter.news.admin;

import java.util.ArrayList;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.Revision;
import com.newscenter.news.StaffArticles;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's revisions in the back office: list, compare two, restore one.
 */
@Controller
class RevisionAdminController {

	static final String VIEW = "admin/news/revisions";

	private final StaffArticles articles;

	private final ArticleEditor editor;

	private final CurrentActor actors;

	RevisionAdminController(StaffArticles articles, ArticleEditor editor, CurrentActor actors) {
		this.articles = articles;
		this.editor = editor;
		this.actors = actors;
	}

	@GetMapping("/admin/articles/{id}/revisions")
	String list(@PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Authentication authentication, Model model) {
		Actor actor = this.actors.of(authentication);
		Article article = this.articles.find(id, actor);
		List<Revision> revisions = this.editor.revisions(id, actor);
		model.addAttribute("article", article);
		model.addAttribute("revisions", revisions);
		if (from != null && to != null) {
			Revision older = this.editor.revision(id, from);
			Revision newer = this.editor.revision(id, to);
			List<TextDiff.Line> diff = new ArrayList<>(TextDiff.lines(older.title(), newer.title()));
			diff.addAll(TextDiff.lines(older.summary(), newer.summary()));
			diff.addAll(TextDiff.lines(older.body(), newer.body()));
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("diff", diff);
		}
		return VIEW;
	}

	@PostMapping("/admin/articles/{id}/revisions/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable int revision, Authentication authentication,
			RedirectAttributes redirect) {
		this.editor.restore(id, revision, this.actors.of(authentication));
		redirect.addFlashAttribute("restored", revision);
		return "redirect:/admin/articles/" + id + "/revisions";
	}

}
