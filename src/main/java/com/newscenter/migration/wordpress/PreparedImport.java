package com.newscenter.migration.wordpress;

/**
 * An export read once and found to be one, ready to be imported: the first reading is
 * quick, so a file that is no export is refused while its sender waits, before an import
 * that may take minutes runs on its own.
 *
 * @param archive the export, or the ZIP of it and its uploads
 * @param survey what the first reading found
 * @param fallbackLanguage the language of posts whose language the export does not say
 */
record PreparedImport(ImportArchive archive, ExportSurvey survey, String fallbackLanguage) implements AutoCloseable {

	/**
	 * Returns how many posts the export holds, whatever their state.
	 * @return the number of posts
	 */
	int posts() {
		return this.survey.postCount();
	}

	@Override
	public void close() {
		this.archive.close();
	}

}
