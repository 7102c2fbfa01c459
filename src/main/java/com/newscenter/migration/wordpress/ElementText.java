package com.newscenter.migration.wordpress;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of an export's element piece by piece, up to a limit: the parser hands a
 * post's body over in pieces of a few thousand characters, so a body larger than any
 * article can be is refused before it fills the memory.
 */
final class ElementText {

	/** The longest text read, far beyond any real post: 8 million characters. */
	static final int MAX_LENGTH = 8_000_000;

	private ElementText() {
	}

	/**
	 * Reads the text up to the end of the current element, as
	 * {@link XMLStreamReader#getElementText()} does.
	 * @param xml the reader, on the element's start
	 * @return the text
	 * @throws XMLStreamException when the element holds another element or the XML is not
	 * well-formed
	 * @throws ImportRefusedException when the text is longer than {@link #MAX_LENGTH}
	 */
	static String read(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		while (true) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.END_ELEMENT -> {
					return text.toString();
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
						XMLStreamConstants.ENTITY_REFERENCE -> {
					if (text.length() + xml.getTextLength() > MAX_LENGTH) {
						throw ImportRefusedException.textTooLong(xml.getLocation().getLineNumber(), MAX_LENGTH);
					}
					text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
				}
				case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
					// not text
				}
				default -> throw new XMLStreamException("an element holds another element where text was expected",
						xml.getLocation());
			}
		}
	}

}
