package com.newscenter.search;

import java.time.Duration;
import java.util.List;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For a fixed corpus in each language, search finds exactly the right articles in the
 * right order: title matches above summary matches above body matches, newest first among
 * equals; Chinese words inside compounds, English words in any form and case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchRankingTests {

	@Autowired
	SearchService search;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	Article stationReopens;

	Article stationExpands;

	Article inSummary;

	Article inBody;

	Article bridge;

	Article signalTitle;

	Article signalSummary;

	Article signalBody;

	Article serbia;

	@BeforeEach
	void corpus() {
		this.database.clean();
		this.stationReopens = en("Railway station reopens", "Passengers are back.", "<p>The old hall was restored.</p>",
				3);
		this.stationExpands = en("Railways station expands", "Two new platforms.", "<p>Work took a year.</p>", 2);
		this.inSummary = en("Harbour works finished", "The railway link to the harbour is next.",
				"<p>Cranes were installed.</p>", 1);
		this.inBody = en("Annual report published", "Figures for the year.",
				"<p>Revenue grew in every segment, and the <b>RAILWAY</b> business led.</p>", 4);
		this.bridge = en("Bridge over the river completed", "A crossing for cars.", "<p>It has four lanes.</p>", 5);
		en("Road tunnel opens", "Drivers save ten minutes.", "<p>No trains here.</p>", 6);
		this.content.article("en").title("Railway draft").status(ArticleStatus.DRAFT).create();
		this.content.article("zh").title("Railway news").create();

		this.signalTitle = zh("通信信号系统升级完成", "新系统已经投入使用。", "<p>工程师连续工作了三个月。</p>", 3);
		this.signalSummary = zh("公司发布年度报告", "报告介绍了中国铁路通信信号领域的新进展。", "<p>收入保持增长。</p>", 2);
		this.signalBody = zh("新工厂开工建设", "工厂位于江苏。", "<p>工厂将生产各类信号设备。</p>", 1);
		this.serbia = zh("匈塞铁路全线贯通", "这是中欧合作的重点项目。", "<p>列车时速可达二百公里。</p>", 4);
		zh("员工运动会举行", "数百名员工参加。", "<p>比赛持续两天。</p>", 5);
	}

	@Test
	void titleRanksAboveSummaryAboveBodyAndNewerFirstAmongEquals() {
		assertThat(ids("en", "railway")).containsExactly(this.stationExpands.id(), this.stationReopens.id(),
				this.inSummary.id(), this.inBody.id());
	}

	@ParameterizedTest
	@ValueSource(strings = { "railways", "RAILWAY", "Railway's", "  railway  " })
	void englishWordsAreFoundInAnyFormAndCase(String query) {
		assertThat(ids("en", query)).containsExactly(this.stationExpands.id(), this.stationReopens.id(),
				this.inSummary.id(), this.inBody.id());
	}

	@Test
	void everyWordMustBeFound() {
		assertThat(ids("en", "railway station reopening")).containsExactly(this.stationReopens.id());
		assertThat(ids("en", "bridges completed")).containsExactly(this.bridge.id());
		assertThat(ids("en", "railway bridge")).isEmpty();
	}

	@Test
	void chineseWordsAreFoundInsideCompounds() {
		assertThat(ids("zh", "信号")).containsExactly(this.signalTitle.id(), this.signalSummary.id(),
				this.signalBody.id());
		assertThat(ids("zh", "铁路")).containsExactly(this.serbia.id(), this.signalSummary.id());
		assertThat(ids("zh", "匈塞铁路")).containsExactly(this.serbia.id());
		assertThat(ids("zh", "通信信号")).containsExactly(this.signalTitle.id(), this.signalSummary.id());
		assertThat(ids("zh", "信号 升级")).containsExactly(this.signalTitle.id());
	}

	@Test
	void eachLanguageSearchesOnlyItsOwnArticles() {
		assertThat(ids("zh", "railway")).hasSize(1);
		assertThat(ids("en", "铁路")).isEmpty();
	}

	@Test
	void hitsAreHighlightedInTheirSnippet() {
		List<SearchHit> english = this.search.search("en", "railways", 1, 10).items();
		List<SearchHit> chinese = this.search.search("zh", "信号", 1, 10).items();

		assertThat(english).extracting(SearchHit::highlight)
			.containsExactly("Two new platforms.", "Passengers are back.",
					"The <mark>railway</mark> link to the harbour is next.",
					"Revenue grew in every segment, and the <mark>RAILWAY</mark> business led.");
		assertThat(chinese).extracting(SearchHit::highlight)
			.containsExactly("新系统已经投入使用。", "报告介绍了中国铁路通信<mark>信号</mark>领域的新进展。", "工厂将生产各类<mark>信号</mark>设备。");
		assertThat(english.get(0).title()).isEqualTo("Railways station expands");
	}

	@Test
	void totalCountsEveryMatchAcrossPages() {
		SearchHits first = this.search.search("en", "railway", 1, 3);
		SearchHits second = this.search.search("en", "railway", 2, 3);

		assertThat(first.total()).isEqualTo(4);
		assertThat(first.items()).extracting(SearchHit::id)
			.containsExactly(this.stationExpands.id(), this.stationReopens.id(), this.inSummary.id());
		assertThat(second.items()).extracting(SearchHit::id).containsExactly(this.inBody.id());
		assertThat(this.search.search("en", "railway", 9, 3).items()).isEmpty();
	}

	private List<Long> ids(String lang, String query) {
		return this.search.search(lang, query, 1, 20).items().stream().map(SearchHit::id).toList();
	}

	private Article en(String title, String summary, String body, int daysAgo) {
		return article("en", title, summary, body, daysAgo);
	}

	private Article zh(String title, String summary, String body, int daysAgo) {
		return article("zh", title, summary, body, daysAgo);
	}

	private Article article(String lang, String title, String summary, String body, int daysAgo) {
		return this.content.article(lang)
			.title(title)
			.summary(summary)
			.body(body)
			.publishedAgo(Duration.ofDays(daysAgo))
			.create();
	}

}
