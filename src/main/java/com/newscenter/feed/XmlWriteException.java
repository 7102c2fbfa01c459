package com.newscenter.feed;

import javax.xml.stream.XMLStreamException;

/**
 * Writing a feed or sitemap failed, most often because the client went away.
 */
class XmlWriteException extends RuntimeException {

	XmlWriteException(XMLStreamException cause) {
		super("Could not write XML: " + cause.getMessage(), cause);
	}

}
