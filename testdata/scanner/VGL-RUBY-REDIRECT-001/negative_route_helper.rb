class ItemsController < ApplicationController
  def update
    item = Item.find(params[:id])
    item.update!(title: params[:title])
    redirect_to item_path(item, tab: params[:tab])
  end
end
