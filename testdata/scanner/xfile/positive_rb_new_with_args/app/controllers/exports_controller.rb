class ExportsController < ApplicationController
  def create
    title = params[:title] # vigil:source
    @export = ExportRunner.new(current_user, :csv).run(title)
  end
end
