class CommentsController < ApplicationController
  def preview
    body = Rails::HTML5::SafeListSanitizer.new.sanitize(params[:body], tags: %w[b i a p])
    render html: body.html_safe
  end

  def excerpt
    text = helpers.full_sanitizer.sanitize(params[:body])
    render html: "<p>#{text}</p>".html_safe
  end

  def title
    render html: "<h1>#{ERB::Util.unwrapped_html_escape(params[:title])}</h1>".html_safe
  end

  def sig
    sanitizer = Rails::Html::SafeListSanitizer.new
    render html: sanitizer.sanitize(params[:sig]).html_safe
  end
end
