package vn.khenthuong.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import vn.khenthuong.kernel.CleanText;

/**
 * What every JSON body of our API goes through before a controller sees it (Spring's ObjectMapper
 * only; Camunda's REST API has its own): strings by {@link CleanText#checked}, dates as yyyy-MM-dd
 * within {@link InputFields#date}'s years. A refusal names the field (see {@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    Module cleanJsonInput() {
        SimpleModule module = new SimpleModule("khenthuong-input");
        module.addDeserializer(String.class, new CleanStrings());
        module.addDeserializer(LocalDate.class, new SensibleDates());
        return module;
    }

    /** A value of the body we refuse; its message is Vietnamese and follows "Trường &lt;field&gt; ". */
    static final class RefusedValue extends InvalidFormatException {

        RefusedValue(JsonParser p, String message, Object value, Class<?> type) {
            super(p, message, value, type);
        }
    }

    static final class CleanStrings extends StdScalarDeserializer<String> {

        CleanStrings() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            try {
                return CleanText.checked(value);
            } catch (CleanText.RefusedText e) {
                throw new RefusedValue(p, e.getMessage(), null, String.class);
            }
        }
    }

    static final class SensibleDates extends StdScalarDeserializer<LocalDate> {

        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);
        private static final String FORM = "phải là ngày có dạng yyyy-MM-dd (ví dụ 2025-08-31)";

        SensibleDates() {
            super(LocalDate.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, FORM, null, LocalDate.class);
            }
            String text = p.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text, ISO);
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, FORM + ", ngày có thật", null, LocalDate.class);
            }
            String problem = InputFields.dateProblem(date);
            if (problem != null) {
                throw new RefusedValue(p, problem, null, LocalDate.class);
            }
            return date;
        }
    }
}
