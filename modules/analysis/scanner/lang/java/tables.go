package java

import "strings"

// javaLang are the java.lang classes code names without an import.
var javaLang = setOf("String", "StringBuilder", "StringBuffer", "Integer", "Long", "Short", "Byte", "Double",
	"Float", "Boolean", "Character", "Number", "Math", "StrictMath", "System", "Runtime", "Process", "ProcessBuilder",
	"Object", "Class", "ClassLoader", "Thread", "Throwable", "Exception", "RuntimeException", "Error",
	"IllegalArgumentException", "IllegalStateException", "NullPointerException", "Iterable", "Enum", "Record",
	"Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "CharSequence",
	"Comparable", "Runnable", "AutoCloseable", "Void")

// knownClasses are the classes of packages the model packs name, so that
// a wildcard import (`import java.io.*;`) resolves them.
var knownClasses = map[string]map[string]bool{
	"java.io": setOf("File", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile",
		"PrintWriter", "PrintStream", "BufferedReader", "BufferedWriter", "InputStreamReader", "InputStream",
		"OutputStream", "ObjectInputStream", "ObjectOutputStream", "IOException", "Reader", "Writer", "StringWriter"),
	"java.nio.file": setOf("Paths", "Path", "Files"),
	"java.sql": setOf("Connection", "Statement", "PreparedStatement", "CallableStatement", "ResultSet",
		"DriverManager", "SQLException"),
	"javax.sql":     setOf("DataSource"),
	"java.net":      setOf("URL", "URI", "URLConnection", "HttpURLConnection", "Socket", "URLDecoder", "URLEncoder"),
	"java.net.http": setOf("HttpClient", "HttpRequest", "HttpResponse"),
	"java.util": setOf("List", "ArrayList", "LinkedList", "Map", "HashMap", "LinkedHashMap", "TreeMap", "Set",
		"HashSet", "TreeSet", "Iterator", "Optional", "Enumeration", "Collection", "Properties", "Arrays",
		"Collections", "Scanner", "Base64", "Vector", "Hashtable", "Deque", "ArrayDeque", "Queue", "Objects"),
	"javax.servlet": setOf("ServletRequest", "ServletResponse", "ServletException", "ServletOutputStream",
		"ServletInputStream", "RequestDispatcher", "ServletConfig", "ServletContext"),
	"javax.servlet.http": setOf("HttpServlet", "HttpServletRequest", "HttpServletResponse", "HttpSession",
		"Cookie", "HttpServletRequestWrapper", "Part"),
	"javax.xml.xpath":        setOf("XPath", "XPathFactory", "XPathExpression", "XPathConstants"),
	"javax.naming":           setOf("Context", "InitialContext", "NamingException"),
	"javax.naming.directory": setOf("DirContext", "InitialDirContext", "SearchControls"),
	"javax.script":           setOf("ScriptEngine", "ScriptEngineManager"),
	"java.beans":             setOf("XMLDecoder"),
	"javax.xml.parsers":      setOf("DocumentBuilderFactory", "DocumentBuilder", "SAXParserFactory", "SAXParser"),
	"org.springframework.web.bind.annotation": setOf("RequestParam", "PathVariable", "RequestHeader",
		"CookieValue", "RequestBody", "ModelAttribute", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping",
		"PatchMapping", "RequestMapping", "RestController", "Controller", "ResponseBody", "MatrixVariable"),
	"org.springframework.http":                         setOf("HttpHeaders", "ResponseEntity", "HttpStatus", "MediaType"),
	"org.springframework.expression":                   setOf("ExpressionParser", "Expression"),
	"org.springframework.expression.spel.standard":     setOf("SpelExpressionParser"),
	"org.springframework.web.reactive.function.client": setOf("WebClient"),
	"org.springframework.ldap.core":                    setOf("LdapTemplate"),
	"javax.ws.rs.core":                                 setOf("Response", "UriInfo", "HttpHeaders", "Context"),
	"javax.ws.rs.client":                               setOf("Client", "ClientBuilder", "WebTarget"),
	"groovy.lang":                                      setOf("GroovyShell"),
	"org.apache.http.client.methods":                   setOf("HttpGet", "HttpPost", "HttpPut", "HttpDelete"),
	"okhttp3":                                          setOf("OkHttpClient", "Request"),
	"org.springframework.jdbc.core":                    setOf("JdbcTemplate", "NamedParameterJdbcTemplate"),
	"org.springframework.stereotype":                   setOf("Controller", "Service", "Repository", "Component"),
	"org.springframework.web.client":                   setOf("RestTemplate"),
	"org.springframework.web.util":                     setOf("HtmlUtils"),
	"org.springframework.web.servlet":                  setOf("ModelAndView"),
	"org.springframework.web.servlet.view":             setOf("RedirectView"),
	"javax.ws.rs": setOf("QueryParam", "PathParam", "FormParam", "HeaderParam", "CookieParam", "MatrixParam",
		"BeanParam", "GET", "POST", "PUT", "DELETE", "Path", "Produces", "Consumes"),
	"org.owasp.encoder":        setOf("Encode"),
	"org.owasp.esapi":          setOf("ESAPI"),
	"org.apache.commons.text":  setOf("StringEscapeUtils"),
	"org.apache.commons.lang3": setOf("StringEscapeUtils", "StringUtils"),
	"org.apache.commons.lang":  setOf("StringEscapeUtils", "StringUtils"),
	"org.apache.commons.io":    setOf("FileUtils", "FilenameUtils", "IOUtils"),
}

// staticFieldTypes are the types of well-known static fields.
var staticFieldTypes = map[string]string{
	"java.lang.System.out": "java.io.PrintStream",
	"java.lang.System.err": "java.io.PrintStream",
}

// returnTypes are the result types of well-known methods (by canonical
// name), so that calls on their results resolve too:
// `response.getWriter().println(x)` is a method of the response's writer.
var returnTypes = map[string]string{
	"javax.servlet.http.HttpServletResponse.getWriter":            "javax.servlet.ServletResponse.getWriter()",
	"javax.servlet.ServletResponse.getWriter":                     "javax.servlet.ServletResponse.getWriter()",
	"javax.servlet.http.HttpServletResponse.getOutputStream":      "javax.servlet.ServletOutputStream",
	"javax.servlet.ServletResponse.getOutputStream":               "javax.servlet.ServletOutputStream",
	"javax.servlet.http.HttpServletRequest.getSession":            "javax.servlet.http.HttpSession",
	"javax.servlet.http.HttpServletRequest.getCookies":            "javax.servlet.http.Cookie[]",
	"javax.servlet.http.HttpServletRequest.getReader":             "java.io.BufferedReader",
	"javax.servlet.ServletRequest.getReader":                      "java.io.BufferedReader",
	"javax.servlet.http.HttpServletRequest.getRequestDispatcher":  "javax.servlet.RequestDispatcher",
	"org.owasp.esapi.ESAPI.encoder":                               "org.owasp.esapi.Encoder",
	"java.lang.Runtime.getRuntime":                                "java.lang.Runtime",
	"java.sql.DriverManager.getConnection":                        "java.sql.Connection",
	"javax.sql.DataSource.getConnection":                          "java.sql.Connection",
	"java.sql.Connection.createStatement":                         "java.sql.Statement",
	"java.sql.Connection.prepareStatement":                        "java.sql.PreparedStatement",
	"java.sql.Connection.prepareCall":                             "java.sql.CallableStatement",
	"javax.xml.xpath.XPathFactory.newInstance":                    "javax.xml.xpath.XPathFactory",
	"javax.xml.xpath.XPathFactory.newXPath":                       "javax.xml.xpath.XPath",
	"javax.script.ScriptEngineManager.getEngineByName":            "javax.script.ScriptEngine",
	"javax.script.ScriptEngineManager.getEngineByExtension":       "javax.script.ScriptEngine",
	"javax.script.ScriptEngineManager.getEngineByMimeType":        "javax.script.ScriptEngine",
	"java.nio.file.Paths.get":                                     "java.nio.file.Path",
	"java.nio.file.Path.of":                                       "java.nio.file.Path",
	"java.nio.file.Path.resolve":                                  "java.nio.file.Path",
	"java.io.File.toPath":                                         "java.nio.file.Path",
	"java.net.URL.openConnection":                                 "java.net.URLConnection",
	"java.net.URI.toURL":                                          "java.net.URL",
	"java.net.URI.create":                                         "java.net.URI",
	"java.net.http.HttpClient.newHttpClient":                      "java.net.http.HttpClient",
	"java.lang.Runtime.exec":                                      "java.lang.Process",
	"java.lang.ProcessBuilder.start":                              "java.lang.Process",
	"javax.xml.parsers.DocumentBuilderFactory.newInstance":        "javax.xml.parsers.DocumentBuilderFactory",
	"javax.xml.parsers.DocumentBuilderFactory.newDocumentBuilder": "javax.xml.parsers.DocumentBuilder",
}

// stringMethods return a String from a String.
var stringMethods = setOf("trim", "strip", "substring", "toLowerCase", "toUpperCase", "replace", "replaceAll",
	"replaceFirst", "concat", "intern", "formatted", "repeat", "stripLeading", "stripTrailing", "format",
	"valueOf", "join", "toString")

// collectionFactories make a list or set of their arguments.
var collectionFactories = setOf("java.util.List.of", "java.util.Set.of", "java.util.Arrays.asList",
	"java.util.stream.Stream.of", "com.google.common.collect.ImmutableList.of", "com.google.common.collect.ImmutableSet.of")

// primitiveMethods are methods that return a number or a boolean on any
// receiver (by the Java library's conventions).
var primitiveMethods = map[string]string{"length": "int", "size": "int", "hashCode": "int", "indexOf": "int",
	"lastIndexOf": "int", "compareTo": "int", "compareToIgnoreCase": "int", "equals": "boolean",
	"equalsIgnoreCase": "boolean", "isEmpty": "boolean", "isBlank": "boolean", "contains": "boolean",
	"containsKey": "boolean", "containsValue": "boolean", "startsWith": "boolean", "endsWith": "boolean",
	"matches": "boolean", "hasNext": "boolean", "hasMoreElements": "boolean", "exists": "boolean",
	"isDirectory": "boolean", "isFile": "boolean", "canRead": "boolean", "canWrite": "boolean",
	// HTTP status codes and content lengths of a response (HttpURLConnection,
	// java.net.http.HttpResponse, Spring's ResponseEntity)
	"getResponseCode": "int", "statusCode": "int", "getStatusCodeValue": "int", "getContentLength": "int",
	"getContentLengthLong": "long",
	"getLength":            "int"}

// returnType is the result type of a call by its canonical name.
func returnType(canon string) string {
	if t, ok := returnTypes[canon]; ok {
		return t
	}
	i := strings.LastIndexByte(canon, '.')
	if i < 0 {
		return ""
	}
	cls, m := canon[:i], canon[i+1:]
	switch cls {
	case "java.lang.String":
		if stringMethods[m] {
			return "java.lang.String"
		}
	case "java.lang.StringBuilder", "java.lang.StringBuffer":
		if builders[m] {
			return cls
		}
		if m == "toString" {
			return "java.lang.String"
		}
	}
	if strings.HasPrefix(cls, "javax.servlet.") && strings.HasSuffix(cls, "ServletRequest") {
		return returnTypes["javax.servlet.http.HttpServletRequest."+m]
	}
	if strings.HasPrefix(cls, "javax.servlet.") && strings.HasSuffix(cls, "ServletResponse") {
		return returnTypes["javax.servlet.http.HttpServletResponse."+m]
	}
	return ""
}

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
