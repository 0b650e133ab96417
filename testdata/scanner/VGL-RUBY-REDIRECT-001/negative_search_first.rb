class ReposController < ApplicationController
  def create
    @repo = Repo.search_by(params[:repo][:name], params[:repo][:owner]).first
    @repo ||= Repo.new(repo_params)
    redirect_to @repo if @repo.save
  end
end
