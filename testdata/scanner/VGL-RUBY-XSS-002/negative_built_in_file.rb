# Markup the class builds itself: a reader of its own output flow, the
# result of its own builder method, and a heredoc that only interpolates
# what the class assigned.
module ViewContext
  attr_accessor :output_buffer, :view_flow

  def prepare
    @view_flow = OutputFlow.new
    @output_buffer = OutputBuffer.new
  end

  def layout_for(name = :layout)
    view_flow.get(name).html_safe
  end
end

class DateSelect
  def initialize(options, html_options)
    @options = options
    @html_options = html_options
  end

  def render
    date_selector(@options, @html_options).public_send("select_#{kind}").html_safe
  end

  private

  def date_selector(options, html_options)
    DateSelector.new(Date.today, options, html_options)
  end
end

class GuideIndex
  def build(headings)
    @index = headings.map { |h| content_tag(:li, h) }.join
    @index = <<-INDEX.html_safe
      <nav class="guide-index">
        <h2>Chapters</h2>
        #{@index}
      </nav>
    INDEX
  end

  def footer
    <<~'HTML'.html_safe
      <footer>#{not interpolated}</footer>
    HTML
  end
end
