package com.newscenter.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses feeds and sitemaps as namespace-aware DOM and queries them with XPath, the
 * prefixes fixed here whatever the documents use.
 */
final class XmlDocs {

	private static final Map<String, String> NAMESPACES = Map.of("xml", XMLConstants.XML_NS_URI, "atom",
			"http://www.w3.org/2005/Atom", "content", "http://purl.org/rss/1.0/modules/content/", "sm",
			"http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml", "http://www.w3.org/1999/xhtml", "news",
			"http://www.google.com/schemas/sitemap-news/0.9");

	private XmlDocs() {
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	static List<Element> elements(Node context, String xpath) throws Exception {
		NodeList nodes = (NodeList) xpath().evaluate(xpath, context, XPathConstants.NODESET);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	static List<String> texts(Node context, String xpath) throws Exception {
		NodeList nodes = (NodeList) xpath().evaluate(xpath, context, XPathConstants.NODESET);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	static String text(Node context, String xpath) throws Exception {
		return xpath().evaluate(xpath, context);
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {

			@Override
			public String getNamespaceURI(String prefix) {
				return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
			}

			@Override
			public String getPrefix(String namespaceURI) {
				return null;
			}

			@Override
			public Iterator<String> getPrefixes(String namespaceURI) {
				return null;
			}

		});
		return xpath;
	}

}
