package com.newscenter.audit;

import java.util.List;

import com.newscenter.account.AccountService;
import com.newscenter.account.ApiTokenService;
import com.newscenter.account.NewUser;
import com.newscenter.account.Role;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.account.User;
import com.newscenter.account.UserAdministration;
import com.newscenter.account.UserSummary;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.Staff;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writes to accounts, tokens and the media library are in the audit log too, with who did
 * them: the log covers every write, not only content.
 */
@ApiTest
class AccountAndMediaAuditTests {

	@Autowired
	UserAdministration users;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokenService;

	@Autowired
	MediaService media;

	@Autowired
	AuditLog log;

	@Autowired
	Staff staff;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MockMvc mvc;

	@Test
	void userAdministrationIsAudited() {
		StaffPrincipal admin = principal(this.staff.create(Role.ADMIN));
		String name = "audited" + System.nanoTime();

		UserSummary user = this.users.create(admin, new NewUser(name, "first-password-1", "EDITOR"));
		this.users.changeRole(admin, user.id(), "AUTHOR");
		this.users.setEnabled(admin, user.id(), false);
		this.users.setEnabled(admin, user.id(), true);
		this.users.resetPassword(admin, user.id(), "second-password-2");

		String target = "user:" + user.id();
		assertThat(entries(target)).extracting(AuditEntry::action)
			.containsExactly("user.password-reset", "user.enable", "user.disable", "user.role", "user.create");
		assertThat(entries(target)).extracting(AuditEntry::actor).containsOnly(admin.username());
		assertThat(entries(target).get(3).detail()).contains("EDITOR", "AUTHOR");
	}

	@Test
	void passwordChangesAndTokensAreAudited() {
		User user = this.staff.create(Role.EDITOR);
		StaffPrincipal self = principal(user);

		this.accounts.issueToken(user.username(), Staff.password(user.username()));
		long id = this.tokenService.create(self, "deploy script", "30").user().id();
		long tokenId = this.tokenService.tokens(self)
			.stream()
			.filter((t) -> "deploy script".equals(t.name()))
			.findFirst()
			.orElseThrow()
			.id();
		this.tokenService.revoke(self, tokenId);
		this.accounts.changePassword(self, Staff.password(user.username()), "a-new-password-3", "a-new-password-3");

		List<AuditEntry> entries = entries("user:" + id);
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("account.password", "token.revoke", "token.create", "token.create");
		assertThat(entries).extracting(AuditEntry::actor).containsOnly(user.username());
		assertThat(entries.get(2).detail()).isEqualTo("deploy script");
	}

	@Test
	void uploadsAndDeletesAreAuditedWithTheirUploader() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/media")
				.file(new MockMultipartFile("file", "audited.png", "image/png", TestImages.png(20, 10)))
				.header(HttpHeaders.AUTHORIZATION, this.tokens.editor()))
			.andExpect(status().isCreated());
		AuditEntry upload = this.log.page(1, 50)
			.stream()
			.filter((e) -> e.action().equals("media.upload") && "audited.png".equals(e.detail()))
			.findFirst()
			.orElseThrow();
		assertThat(upload.actor()).startsWith("editor-");
		Media stored = this.media.findById(Long.parseLong(upload.target().substring("media:".length()))).orElseThrow();

		this.media.delete(stored, Staff.actor(Role.EDITOR));

		assertThat(entries("media:" + stored.id())).extracting(AuditEntry::action)
			.containsExactly("media.delete", "media.upload");
	}

	@Test
	void onlyContentWritesConcernPublicPages() {
		assertThat(new Audited(null, "media.upload", "media:1", null).concernsPublicPages()).isTrue();
		assertThat(new Audited(null, "article.update", "article:1", null).concernsPublicPages()).isTrue();
		assertThat(new Audited(null, "user.create", "user:1", null).concernsPublicPages()).isFalse();
		assertThat(new Audited(null, "token.create", "user:1", null).concernsPublicPages()).isFalse();
		assertThat(new Audited(null, "account.password", "user:1", null).concernsPublicPages()).isFalse();
		assertThat(new Audited(null, "backup.downloaded", "site", null).concernsPublicPages()).isFalse();
	}

	private List<AuditEntry> entries(String target) {
		return this.log.page(1, 500).stream().filter((e) -> target.equals(e.target())).toList();
	}

	private static StaffPrincipal principal(User user) {
		return new StaffPrincipal(user.id(), user.username(), user.role());
	}

}
