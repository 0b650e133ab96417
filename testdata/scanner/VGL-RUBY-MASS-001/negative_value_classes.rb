class SearchController < ApplicationController
  def index
    @re = Regexp.new(Regexp.escape(params[:q]))
    @when = Date.new(params[:year].to_i)
    @uri = URI.parse(params[:next].to_s).path
  end
end

class TemplatesController < ApplicationController
  def preview
    @tpl = ERB.new(params[:template_name].to_s == "short" ? "<%= 1 %>" : "<%= 2 %>")
  end
end
