package pl.edugmina.integration.bus;

import org.jaxen.FunctionCallException;
import org.jaxen.JaxenException;
import org.jaxen.UnresolvableException;
import org.jaxen.XPathFunctionContext;
import org.jaxen.dom.DOMXPath;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import javax.xml.xpath.XPathFunction;
import javax.xml.xpath.XPathFunctionException;
import javax.xml.xpath.XPathFunctionResolver;
import javax.xml.xpath.XPathVariableResolver;
import java.util.Collections;
import java.util.List;

/**
 * XPath 1.0 over DOM by Jaxen, behind the standard {@code javax.xml.xpath} API. The JDK's own engine builds
 * a new evaluation context (a DTM manager, a variable stack of 4,096 slots, a DTM of the whole document)
 * for every single evaluation; EU DSS evaluates dozens of small expressions per signature, so in our
 * measurements that set-up was about a third of a XAdES validation. Jaxen walks the DOM directly.
 *
 * <p>Only the XPath 1.0 core function library is available (Jaxen's extension functions, among them
 * {@code document()}, which would fetch URLs, are not registered), plus the caller's
 * {@link XPathFunctionResolver}, as in the JDK. Used only where it is installed on purpose
 * ({@link XPathForSignatures}), not as the application's default.
 */
public final class JaxenXPathFactory extends XPathFactory {

    private XPathVariableResolver variables;
    private XPathFunctionResolver functions;
    private boolean secureProcessing = true;

    @Override
    public boolean isObjectModelSupported(String objectModel) {
        return DEFAULT_OBJECT_MODEL_URI.equals(objectModel);
    }

    @Override
    public void setFeature(String name, boolean value) throws XPathFactoryConfigurationException {
        if (name == null) {
            throw new NullPointerException("feature name");
        }
        if (!XMLConstants.FEATURE_SECURE_PROCESSING.equals(name)) {
            throw new XPathFactoryConfigurationException("unsupported feature: " + name);
        }
        secureProcessing = value;
    }

    @Override
    public boolean getFeature(String name) throws XPathFactoryConfigurationException {
        if (XMLConstants.FEATURE_SECURE_PROCESSING.equals(name)) {
            return secureProcessing;
        }
        throw new XPathFactoryConfigurationException("unsupported feature: " + name);
    }

    @Override
    public void setXPathVariableResolver(XPathVariableResolver resolver) {
        variables = resolver;
    }

    @Override
    public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
        functions = resolver;
    }

    @Override
    public XPath newXPath() {
        return new JaxenXPath(variables, functions);
    }

    private static final class JaxenXPath implements XPath {
        private final XPathVariableResolver initialVariables;
        private final XPathFunctionResolver initialFunctions;
        private XPathVariableResolver variables;
        private XPathFunctionResolver functions;
        private NamespaceContext namespaces;

        JaxenXPath(XPathVariableResolver variables, XPathFunctionResolver functions) {
            this.initialVariables = variables;
            this.initialFunctions = functions;
            reset();
        }

        @Override
        public void reset() {
            variables = initialVariables;
            functions = initialFunctions;
            namespaces = null;
        }

        @Override
        public void setXPathVariableResolver(XPathVariableResolver resolver) {
            variables = java.util.Objects.requireNonNull(resolver);
        }

        @Override
        public XPathVariableResolver getXPathVariableResolver() {
            return variables;
        }

        @Override
        public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
            functions = java.util.Objects.requireNonNull(resolver);
        }

        @Override
        public XPathFunctionResolver getXPathFunctionResolver() {
            return functions;
        }

        @Override
        public void setNamespaceContext(NamespaceContext context) {
            namespaces = java.util.Objects.requireNonNull(context);
        }

        @Override
        public NamespaceContext getNamespaceContext() {
            return namespaces;
        }

        @Override
        public XPathExpression compile(String expression) throws XPathExpressionException {
            if (expression == null) {
                throw new NullPointerException("XPath expression");
            }
            try {
                DOMXPath xpath = new DOMXPath(expression);
                NamespaceContext ns = namespaces;
                xpath.setNamespaceContext(prefix -> {
                    if (ns == null) {
                        return null;
                    }
                    String uri = ns.getNamespaceURI(prefix);
                    return uri == null || uri.isEmpty() ? null : uri;
                });
                xpath.setFunctionContext(functionContext(functions));
                XPathVariableResolver vars = variables;
                if (vars != null) {
                    xpath.setVariableContext((namespaceUri, prefix, localName) -> {
                        Object v = vars.resolveVariable(new QName(namespaceUri == null ? "" : namespaceUri, localName));
                        if (v == null) {
                            throw new UnresolvableException("variable $" + localName + " is not defined");
                        }
                        return v;
                    });
                }
                return new JaxenExpression(xpath);
            } catch (JaxenException e) {
                throw new XPathExpressionException(e);
            }
        }

        @Override
        public Object evaluate(String expression, Object item, QName returnType) throws XPathExpressionException {
            return compile(expression).evaluate(item, returnType);
        }

        @Override
        public String evaluate(String expression, Object item) throws XPathExpressionException {
            return compile(expression).evaluate(item);
        }

        @Override
        public Object evaluate(String expression, InputSource source, QName returnType) throws XPathExpressionException {
            return compile(expression).evaluate(source, returnType);
        }

        @Override
        public String evaluate(String expression, InputSource source) throws XPathExpressionException {
            return compile(expression).evaluate(source);
        }
    }

    /** The XPath 1.0 core functions, and the caller's functions for names in a namespace. */
    private static org.jaxen.FunctionContext functionContext(XPathFunctionResolver resolver) {
        org.jaxen.FunctionContext core = new XPathFunctionContext(false);
        if (resolver == null) {
            return core;
        }
        return (namespaceUri, prefix, localName) -> {
            if (namespaceUri == null || namespaceUri.isEmpty()) {
                return core.getFunction(namespaceUri, prefix, localName);
            }
            QName name = new QName(namespaceUri, localName);
            return (context, args) -> {
                XPathFunction f = resolver.resolveFunction(name, args.size());
                if (f == null) {
                    throw new FunctionCallException("function " + name + "/" + args.size() + " is not defined");
                }
                try {
                    return f.evaluate(args);
                } catch (XPathFunctionException e) {
                    throw new FunctionCallException(e);
                }
            };
        };
    }

    private static final class JaxenExpression implements XPathExpression {
        private final DOMXPath xpath;

        JaxenExpression(DOMXPath xpath) {
            this.xpath = xpath;
        }

        @Override
        public Object evaluate(Object item, QName returnType) throws XPathExpressionException {
            if (returnType == null) {
                throw new NullPointerException("return type");
            }
            Object context = item == null ? Collections.emptyList() : item;
            if (item != null && !(item instanceof Node)) {
                throw new XPathExpressionException("the context item is not a DOM node: " + item.getClass().getName());
            }
            try {
                if (XPathConstants.STRING.equals(returnType)) {
                    return xpath.stringValueOf(context);
                }
                if (XPathConstants.NUMBER.equals(returnType)) {
                    return xpath.numberValueOf(context).doubleValue();
                }
                if (XPathConstants.BOOLEAN.equals(returnType)) {
                    return xpath.booleanValueOf(context);
                }
                if (XPathConstants.NODESET.equals(returnType) || XPathConstants.NODE.equals(returnType)) {
                    Object result = xpath.evaluate(context);
                    if (!(result instanceof List<?> nodes)) {
                        throw new XPathExpressionException("the expression " + xpath + " does not select nodes");
                    }
                    if (XPathConstants.NODE.equals(returnType)) {
                        return nodes.isEmpty() ? null : (Node) nodes.get(0);
                    }
                    return new ListNodeList(nodes);
                }
            } catch (JaxenException | RuntimeException e) {
                throw new XPathExpressionException(e);
            }
            throw new IllegalArgumentException("unsupported return type: " + returnType);
        }

        @Override
        public String evaluate(Object item) throws XPathExpressionException {
            return (String) evaluate(item, XPathConstants.STRING);
        }

        @Override
        public Object evaluate(InputSource source, QName returnType) throws XPathExpressionException {
            throw new XPathExpressionException("evaluation on an unparsed InputSource is not offered; parse it securely first");
        }

        @Override
        public String evaluate(InputSource source) throws XPathExpressionException {
            return (String) evaluate(source, XPathConstants.STRING);
        }
    }

    private record ListNodeList(List<?> nodes) implements NodeList {
        @Override
        public Node item(int index) {
            return index < 0 || index >= nodes.size() ? null : (Node) nodes.get(index);
        }

        @Override
        public int getLength() {
            return nodes.size();
        }
    }
}
