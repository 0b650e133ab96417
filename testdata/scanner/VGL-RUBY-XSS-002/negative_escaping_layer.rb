# Look-alikes from a view library's own escaping layer: every interpolated
# value is a local escaped where it is built, a constant, or the output of a
# helper that escapes; joined blocks end in tag helpers or serialised nodes.
module WidgetTagHelper
  VOID_SUFFIX = { "br" => "", "hr" => "" }.freeze

  def widget_tag_string(kind, body = nil, attrs = nil, escape = true)
    body = ERB::Util.unwrapped_html_escape(body) if escape
    attributes = widget_attributes(attrs, escape) if attrs
    "<#{kind}#{attributes}>#{VOID_SUFFIX[kind]}#{body}</#{kind}>".html_safe
  end

  def widget_open(kind, attrs, escape = true, closed = false)
    "<#{kind}#{tag_options(attrs, escape) if attrs}#{closed ? " />" : ">"}".html_safe
  end

  def widget_attributes_only(attrs)
    tag_options(attrs.to_h).to_s.strip.html_safe
  end

  def wrapped_script(code)
    "\n//#{cdata_section("\n#{code}\n//")}\n".html_safe
  end

  def cdata(text)
    pieces = text.to_s.gsub("]]>", "]]]]><![CDATA[>")
    "<![CDATA[#{pieces}]]>".html_safe
  end

  def status_page(state)
    shade = state ? "lime" : "crimson"
    %(<!DOCTYPE html><html><body style="color: #{shade}"></body></html>).html_safe
  end

  def script_tags(*paths)
    paths.uniq.map { |path|
      link = "<#{path}>; rel=preload"
      preload << link
      content_tag("script", "", src: path)
    }.join("\n").html_safe
  end

  def rich_gallery(gallery)
    gallery.items.map do |item|
      item.node.inner_html = render_item(item)
      item.node.to_html
    end.join.html_safe
  end

  def each_choice
    @choices.map do |choice|
      label = label_for(choice)
      yield choice, label
    end.join.html_safe
  end
end
