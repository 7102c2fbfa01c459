package com.newscenter.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The typed {@code newscenter.*} settings, so every tunable of the site is documented and
 * validated in one place.
 *
 * @param dataDir folder of the embedded database, uploaded media and search index
 * @param baseUrl absolute base of canonical URLs; taken from the request when empty
 * @param demoContent whether an empty database is filled with demo content on start
 * @param languages the site's languages, the first one being the default
 * @param pageSize articles per page of the public news list
 * @param timeZone the time zone dates are shown in
 * @param admin the administrator created on first start
 * @param views how article views are counted
 * @param api settings of the JSON API
 * @param security throttling of failed sign-ins
 * @param media limits and variants of uploaded images
 * @param search the search index
 * @param pageCache rendered public pages kept in memory
 * @param restoreFrom a backup to load into the empty database at start; none when empty
 * @param migration limits of imports from other systems
 */
@ConfigurationProperties("newscenter")
public record NewsCenterProperties(@DefaultValue("./data") Path dataDir, String baseUrl,
		@DefaultValue("true") boolean demoContent, @DefaultValue( {
				"en", "zh" }) List<String> languages,
		@DefaultValue("10") int pageSize, @DefaultValue("UTC") java.time.ZoneId timeZone, @DefaultValue Admin admin,
		@DefaultValue Views views, @DefaultValue Api api, @DefaultValue Security security,
		@DefaultValue MediaSettings media, @DefaultValue Search search, @DefaultValue PageCache pageCache,
		Path restoreFrom, @DefaultValue Migration migration){

	/**
	 * The administrator account created on first start.
	 *
	 * @param password its password; a random one is generated and logged when empty
	 */
	public record Admin(String password) {
	}

	/**
	 * View counting.
	 *
	 * @param dedupWindow repeat views by one visitor inside this window count once
	 * @param flushInterval how often counted views are written to the database
	 * @param refreshInterval how often counts from other nodes are read back
	 * @param maxTrackedVisits upper bound of remembered (visitor, article) pairs; past it
	 * the oldest are forgotten before their window ends
	 */
	public record Views(@DefaultValue("PT30M") Duration dedupWindow, @DefaultValue("PT1S") Duration flushInterval,
			@DefaultValue("PT2S") Duration refreshInterval, @DefaultValue("1000000") long maxTrackedVisits) {
	}

	/**
	 * JSON API.
	 *
	 * @param tokenLifetime how long an API token stays valid
	 * @param maxPageSize the largest page a list call returns
	 * @param maxBodySize the largest JSON request body accepted (uploads have the media
	 * limit)
	 */
	public record Api(@DefaultValue("PT12H") Duration tokenLifetime, @DefaultValue("100") int maxPageSize,
			@DefaultValue("2MB") DataSize maxBodySize) {

		/**
		 * Returns the body limit as people read it, such as {@code 2 MB}.
		 * @return the limit
		 */
		public String maxBodySizeText() {
			return readable(this.maxBodySize);
		}

	}

	/**
	 * The search index.
	 *
	 * @param indexDir folder of the index; {@code search} in the data dir when empty
	 * @param maxQueryLength the longest query accepted, in characters
	 * @param commitInterval how often changes to the index are saved; searches see them
	 * at once
	 * @param followInterval how often the changes made on other nodes are read and
	 * indexed
	 */
	public record Search(Path indexDir, @DefaultValue("200") int maxQueryLength,
			@DefaultValue("PT1S") Duration commitInterval, @DefaultValue("PT1S") Duration followInterval) {
	}

	/**
	 * Returns the folder of the search index.
	 * @return the configured folder, or {@code search} in the data dir
	 */
	public Path searchIndexDir() {
		return (this.search.indexDir() != null) ? this.search.indexDir() : this.dataDir.resolve("search");
	}

	/**
	 * Throttling of failed sign-ins, through the form and the token API alike.
	 *
	 * @param maxFailuresPerUser failed attempts for one username before it is locked
	 * @param maxFailuresPerAddress failed attempts from one client address before it is
	 * locked
	 * @param lockWindow the window failures are counted in; a lock lasts until it ends
	 */
	public record Security(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("PT15M") Duration lockWindow) {
	}

	/**
	 * Rendered public pages (home, news lists, articles) kept in memory. A page is
	 * dropped as soon as this node changes any content; on PostgreSQL also when another
	 * node did, which each node looks for every {@code followInterval}; and after its
	 * time to live at the latest.
	 *
	 * @param enabled whether pages are cached
	 * @param timeToLive how long a rendered page is served at most
	 * @param maxSize the memory the cached pages may take
	 * @param followInterval how often a node on PostgreSQL tells the others that it
	 * changed content, and looks whether another did
	 * @param writeBuffer the buffer each open connection writes through: a page and its
	 * headers that fit leave in one write
	 */
	public record PageCache(@DefaultValue("true") boolean enabled, @DefaultValue("PT30S") Duration timeToLive,
			@DefaultValue("64MB") DataSize maxSize, @DefaultValue("PT1S") Duration followInterval,
			@DefaultValue("16KB") DataSize writeBuffer) {
	}

	/**
	 * Imports from other systems.
	 *
	 * @param maxImportSize the largest WordPress export (or ZIP of an export and its
	 * uploads) accepted; also the multipart limit of the import's two addresses
	 */
	public record Migration(@DefaultValue("512MB") DataSize maxImportSize) {

		/**
		 * Returns the import limit as people read it, such as {@code 512 MB}.
		 * @return the limit
		 */
		public String maxImportSizeText() {
			return readable(this.maxImportSize);
		}

	}

	/**
	 * Returns the default language, the first of the configured list.
	 * @return the default language code
	 */
	public String defaultLanguage() {
		return this.languages.get(0);
	}

	/**
	 * Uploaded images.
	 *
	 * @param maxUploadSize the largest file accepted; also the multipart limit
	 * @param maxPixels the most pixels an image may have, checked before it is decoded
	 * @param variantWidths the widths of the resized copies made of larger images
	 */
	public record MediaSettings(@DefaultValue("20MB") DataSize maxUploadSize, @DefaultValue("40000000") long maxPixels,
			@DefaultValue( {
					"480", "960", "1600" }) List<Integer> variantWidths){

		/**
		 * Returns the upload limit as people read it, such as {@code 20 MB}.
		 * @return the limit
		 */
		public String maxUploadSizeText() {
			return readable(this.maxUploadSize);
		}

	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes()) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

}
