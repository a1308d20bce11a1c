package vn.khenthuong.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Camunda's REST API (for integrations at /engine-rest, and for Tasklist at /camunda/api/engine) puts its
 * own English around the refusals the process gives in Vietnamese ("Cannot complete task &lt;id&gt;: …"),
 * and answers its authorization failures in English. Error answers are rewritten in Vietnamese here;
 * successful answers pass untouched and unbuffered.
 */
@Configuration(proxyBeanMethods = false)
class EngineErrorMessages {

    private static final Pattern CAMUNDA_PREFIX = Pattern.compile(
            "^Cannot (complete task|submit task form|claim task|resolve task|delegate task|set assignee)[^:]*: ");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineErrorMessagesFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setName("engine-error-messages");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    /** The Vietnamese message of an error answer whose message was {@code message}. */
    static String vietnamese(String type, String message) {
        if (message == null) {
            return "Yêu cầu không thực hiện được";
        }
        String own = CAMUNDA_PREFIX.matcher(message).replaceFirst("");
        if ("AuthorizationException".equals(type) && own.startsWith("The user with id")) {
            return "Bạn không có quyền thực hiện thao tác này";
        }
        if (own.startsWith("Cannot find task") || own.startsWith("No task exists") || own.contains("task is null")) {
            return "Không tìm thấy việc này: có thể việc đã được hoàn thành hoặc bạn không được giao";
        }
        if (own.contains("is already claimed by someone else")) {
            return "Việc này đã có người khác nhận";
        }
        return own;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ObjectMapper json = new ObjectMapper();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ErrorCapture capture = new ErrorCapture(response);
            chain.doFilter(request, capture);
            capture.flushWriter();
            if (capture.captured != null) {
                byte[] body = rewrite(capture.captured.toByteArray());
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }

        private byte[] rewrite(byte[] body) {
            try {
                JsonNode answer = json.readTree(body);
                if (answer instanceof ObjectNode error && error.hasNonNull("message")) {
                    error.put("message", vietnamese(error.path("type").asText(null), error.get("message").asText()));
                    return json.writeValueAsBytes(error);
                }
            } catch (IOException e) {
                // not JSON: passed on as it was
            }
            return body;
        }
    }

    /** Buffers the body of an error answer (status 400 and above); any other answer goes straight through. */
    static final class ErrorCapture extends HttpServletResponseWrapper {

        private ByteArrayOutputStream captured;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (getStatus() < 400) {
                return super.getOutputStream();
            }
            if (captured == null) {
                captured = new ByteArrayOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    captured.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    captured.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    try {
                        listener.onWritePossible();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() < 400) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (getStatus() < 400 || !"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (getStatus() < 400 || !"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (getStatus() < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getStatus() < 400) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            flushWriter();
            if (getStatus() < 400) {
                super.flushBuffer();
            }
        }
    }
}
