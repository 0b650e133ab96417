package com.example.billing.web;

import org.springframework.web.util.HtmlUtils;

class HtmlFragments {

    String summary(String number, String memo) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section class=\"invoice\">");
        sb.append("<h2>Invoice ").append(HtmlUtils.htmlEscape(number)).append("</h2>");
        if (!memo.isEmpty()) {
            sb.append("<p class=\"memo\">").append(memo).append("</p>");
        }
        sb.append("</section>");
        return sb.toString();
    }
}
